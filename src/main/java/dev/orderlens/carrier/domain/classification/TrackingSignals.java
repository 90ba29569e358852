package dev.orderlens.carrier.domain.classification;

import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.tracking.domain.TrackingStatus;

/**
 * What tracking says about the parcel a customer complains about. The text alone never convicts a
 * carrier of a false attempt: the carrier must have scanned an attempt, and a suspicious one weighs
 * more.
 *
 * @param carrier the carrier's code as tracking knows it (e.g. "dhl"), or null
 * @param lastStatus the latest normalised status
 * @param subStatus AfterShip-style sub-status ({@code AttemptFail_002}, {@code Exception_012}), or
 *     null
 * @param attemptScanned whether any delivery-attempt scan (a failed attempt) exists
 * @param attemptSuspicion 0..1 suspicion score of the last attempt scan, or null when none
 * @param incidentReason Karrio-style incident reason ({@code consignee_not_home}), or null
 */
public record TrackingSignals(
    String carrier,
    TrackingStatus lastStatus,
    String subStatus,
    boolean attemptScanned,
    Double attemptSuspicion,
    String incidentReason) {

  public TrackingSignals {
    lastStatus = lastStatus == null ? TrackingStatus.UNKNOWN : lastStatus;
  }

  /** No tracking at all: only the customer's words. */
  public static TrackingSignals none(String carrier) {
    return new TrackingSignals(carrier, TrackingStatus.UNKNOWN, null, false, null, null);
  }

  /** Reads the signals off the tracking feature's view of a parcel. */
  public static TrackingSignals from(Shipment shipment) {
    boolean attempt =
        shipment.status() == TrackingStatus.ATTEMPT_FAIL
            || hasPrefix(shipment.subStatus(), "AttemptFail")
            || shipment.suspicionScore() != null;
    return new TrackingSignals(
        shipment.carrier(),
        shipment.status(),
        shipment.subStatus(),
        attempt,
        shipment.suspicionScore(),
        null);
  }

  boolean subStatusIs(String code) {
    return subStatus != null && subStatus.equalsIgnoreCase(code);
  }

  double suspicion() {
    return attemptSuspicion == null ? 0 : Math.max(0, Math.min(1, attemptSuspicion));
  }

  private static boolean hasPrefix(String value, String prefix) {
    return value != null && value.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
