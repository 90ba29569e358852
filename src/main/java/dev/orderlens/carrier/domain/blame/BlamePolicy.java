package dev.orderlens.carrier.domain.blame;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.TrackingStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decides whose fault a complaint is. Rules, in order:
 *
 * <ol>
 *   <li>A false attempt, a parcel left somewhere unsafe and a driver's conduct are the courier's
 *       own acts: always {@code CARRIER}.
 *   <li>Otherwise the first known cause decides: the carrier's or provider's incident reason, then
 *       a cause the customer names, then the tracking status — a parcel still {@code PENDING} or
 *       {@code INFO_RECEIVED} (label printed, never handed over) is not yet shipped.
 *   <li>Not yet shipped or awaiting a drop-ship supplier is {@code RETAILER}; a wrong address or an
 *       absent consignee is {@code CONSIGNEE}; customs is {@code CUSTOMS}; weather and force
 *       majeure are {@code FORCE_MAJEURE}.
 *   <li>With no cause, a parcel in the carrier's hands is {@code CARRIER}; with no tracking at all
 *       the blame is {@code UNKNOWN} — nobody is scored on a guess.
 * </ol>
 */
public final class BlamePolicy {

  private static final Set<ComplaintCategory> COURIER_ACTS =
      EnumSet.of(
          ComplaintCategory.FALSE_ATTEMPT,
          ComplaintCategory.LEFT_UNSAFE,
          ComplaintCategory.DRIVER_CONDUCT);

  private BlamePolicy() {}

  public static Blame blame(
      ComplaintCategory category, Cause incidentCause, Cause statedCause, TrackingStatus status) {
    if (COURIER_ACTS.contains(category)) {
      return Blame.CARRIER;
    }
    return blameFor(firstKnown(incidentCause, statedCause, causeFrom(status)), status);
  }

  /** The blame a cause alone implies; {@code UNKNOWN} and {@code CARRIER} need the status. */
  static Blame blameFor(Cause cause, TrackingStatus status) {
    return switch (cause) {
      case CARRIER -> Blame.CARRIER;
      case NOT_YET_SHIPPED, AWAITING_SUPPLIER -> Blame.RETAILER;
      case WRONG_ADDRESS, CONSIGNEE_ABSENT -> Blame.CONSIGNEE;
      case CUSTOMS -> Blame.CUSTOMS;
      case WEATHER, FORCE_MAJEURE -> Blame.FORCE_MAJEURE;
      case UNKNOWN -> inCarrierHands(status) ? Blame.CARRIER : Blame.UNKNOWN;
    };
  }

  private static Cause causeFrom(TrackingStatus status) {
    return status == TrackingStatus.PENDING || status == TrackingStatus.INFO_RECEIVED
        ? Cause.NOT_YET_SHIPPED
        : Cause.UNKNOWN;
  }

  private static boolean inCarrierHands(TrackingStatus status) {
    return status != null
        && status != TrackingStatus.UNKNOWN
        && status != TrackingStatus.PENDING
        && status != TrackingStatus.INFO_RECEIVED;
  }

  private static Cause firstKnown(Cause... causes) {
    for (Cause cause : causes) {
      if (cause != null && cause != Cause.UNKNOWN) {
        return cause;
      }
    }
    return Cause.UNKNOWN;
  }
}
