package dev.orderlens.tracking.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One carrier scan, normalised whatever source reported it, so the story of a parcel can be told
 * and judged the same way for every carrier.
 *
 * @param subStatus the AfterShip-style subtag (e.g. {@code AttemptFail_002}), the common detail
 *     vocabulary every source is mapped onto; null when the source gives no detail
 * @param latitude nullable, with {@code longitude}: where the scan happened, when known
 */
public record TrackingEvent(
    Instant occurredAt,
    TrackingStatus status,
    String subStatus,
    String description,
    String location,
    String postcode,
    Double latitude,
    Double longitude) {

  public TrackingEvent {
    Objects.requireNonNull(occurredAt, "occurredAt");
    status = status == null ? TrackingStatus.UNKNOWN : status;
  }

  /** A scan without position or place details. */
  public static TrackingEvent of(
      Instant occurredAt, TrackingStatus status, String subStatus, String description) {
    return new TrackingEvent(occurredAt, status, subStatus, description, null, null, null, null);
  }

  public boolean isAttempt() {
    return status == TrackingStatus.ATTEMPT_FAIL;
  }

  public boolean hasPosition() {
    return latitude != null && longitude != null;
  }
}
