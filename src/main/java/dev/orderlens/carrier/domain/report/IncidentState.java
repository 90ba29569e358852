package dev.orderlens.carrier.domain.report;

/** Where a reported incident stands with the carrier. */
public enum IncidentState {
  /** Reported, no answer from the carrier yet. */
  OPEN,
  /** The carrier accepts it. Final. */
  ACKNOWLEDGED,
  /** The carrier contests it (e.g. holds a signed proof of delivery); it may still acknowledge. */
  DISPUTED
}
