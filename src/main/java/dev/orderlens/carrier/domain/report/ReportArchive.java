package dev.orderlens.carrier.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every feedback report produced, as the exact body a carrier pulls or was pushed. The report key
 * is unique: a report is stored once, however many instances produce it.
 */
public interface ReportArchive {

  /** A stored report. */
  record Stored(
      long id, String carrier, String key, LocalDate from, LocalDate to, Instant at, String body) {}

  /**
   * Stores the report under its key, inside the caller's transaction.
   *
   * @return false when a report with this key already exists
   */
  boolean store(String key, FeedbackReport report, String body);

  /** A carrier's reports, newest first (every carrier's for null). */
  List<Stored> list(String carrier, int limit);

  Optional<Stored> find(long id);
}
