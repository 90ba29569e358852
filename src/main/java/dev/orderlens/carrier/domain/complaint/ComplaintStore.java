package dev.orderlens.carrier.domain.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where courier complaints are kept, one per parcel and category: a later ticket about the same
 * parcel merges into the stored complaint ({@link ComplaintRecord#mergedWith}) and the first one
 * opens the carrier's incident. Runs inside the caller's transaction.
 */
public interface ComplaintStore {

  /** Where a stored complaint counts: its carrier's roll-up day, and the incident it opened. */
  record Stored(long complaintId, Long newIncidentId, String carrier, LocalDate promised) {}

  Stored record(ComplaintRecord found, Instant at);
}
