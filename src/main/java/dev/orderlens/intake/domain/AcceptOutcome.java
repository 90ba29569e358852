package dev.orderlens.intake.domain;

/** What happened to a native helpdesk delivery. */
public enum AcceptOutcome {
  /** New: it will be enriched and written back. */
  ACCEPTED,
  /** The same event arrived before: nothing more is done. */
  DUPLICATE,
  /** Orderlens' own write-back caused it: recorded, not enriched, so nothing loops. */
  IGNORED
}
