package dev.orderlens.tracking.infrastructure.aftership;

import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.incident.SubStatus;
import dev.orderlens.tracking.domain.incident.SubStatuses;
import java.util.Map;

/**
 * AfterShip tag + subtag → normalised status and sub-status. Subtags outside the published list
 * fall back to the tag's generic subtag so a new AfterShip code never loses the status.
 */
public final class AfterShipStatusMapping {

  private static final Map<String, TrackingStatus> TAGS =
      Map.of(
          "Pending", TrackingStatus.PENDING,
          "InfoReceived", TrackingStatus.INFO_RECEIVED,
          "InTransit", TrackingStatus.IN_TRANSIT,
          "OutForDelivery", TrackingStatus.OUT_FOR_DELIVERY,
          "AttemptFail", TrackingStatus.ATTEMPT_FAIL,
          "Delivered", TrackingStatus.DELIVERED,
          "AvailableForPickup", TrackingStatus.AVAILABLE_FOR_PICKUP,
          "Exception", TrackingStatus.EXCEPTION,
          "Expired", TrackingStatus.EXPIRED);

  private AfterShipStatusMapping() {}

  public static SubStatus map(String tag, String subtag) {
    TrackingStatus status = TAGS.getOrDefault(tag, TrackingStatus.UNKNOWN);
    return SubStatuses.of(subtag)
        .filter(s -> s.status() == status || status == TrackingStatus.UNKNOWN)
        .orElseGet(() -> generic(status, subtag));
  }

  private static SubStatus generic(TrackingStatus status, String subtag) {
    String code = SubStatuses.genericCodeOf(status);
    return code == null
        ? new SubStatus(subtag == null ? "Unknown" : subtag, status, null, null)
        : SubStatuses.of(code).orElseThrow();
  }
}
