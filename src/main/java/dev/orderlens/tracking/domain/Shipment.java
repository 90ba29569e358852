package dev.orderlens.tracking.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A parcel as the agent sees it: the tracking number, who carries it, where it stands, and whether
 * its story looks right.
 *
 * @param carrierCandidates every carrier whose format the number fits, when it is ambiguous
 * @param delayWorkingDays working days past the promised date (0 when on time), or null
 * @param suspicionScore 0..1 for a suspicious "recipient absent" attempt, or null when none
 */
public record Shipment(
    String trackingNumber,
    String carrier,
    List<String> carrierCandidates,
    TrackingStatus status,
    String subStatus,
    String lastEvent,
    LocalDate eta,
    Integer delayWorkingDays,
    Double suspicionScore,
    List<String> suspicionSignals) {

  public Shipment {
    carrierCandidates = carrierCandidates == null ? List.of() : List.copyOf(carrierCandidates);
    status = status == null ? TrackingStatus.UNKNOWN : status;
    suspicionSignals = suspicionSignals == null ? List.of() : List.copyOf(suspicionSignals);
  }

  /** The same shipment with the carrier the shop named, when nothing better is known. */
  public Shipment withCarrier(String shopCarrier) {
    return new Shipment(
        trackingNumber,
        shopCarrier,
        carrierCandidates,
        status,
        subStatus,
        lastEvent,
        eta,
        delayWorkingDays,
        suspicionScore,
        suspicionSignals);
  }
}
