package dev.orderlens.tracking.domain.incident;

import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.TrackingStatus;
import java.util.Objects;

/**
 * A detailed status in the common vocabulary (AfterShip's subtags, e.g. {@code AttemptFail_002}),
 * with what it means and, for problems, why it happened.
 *
 * @param reason the incident behind it; {@link IncidentReason#UNKNOWN} for ordinary progress
 */
public record SubStatus(String code, TrackingStatus status, String message, IncidentReason reason) {

  public SubStatus {
    Objects.requireNonNull(code, "code");
    status = status == null ? TrackingStatus.UNKNOWN : status;
    reason = reason == null ? IncidentReason.UNKNOWN : reason;
  }

  public Blame blame(boolean disputedByCustomer) {
    return reason.blame(disputedByCustomer);
  }

  /** True for statuses that describe a problem rather than progress. */
  public boolean isIncident() {
    return status == TrackingStatus.ATTEMPT_FAIL || status == TrackingStatus.EXCEPTION;
  }
}
