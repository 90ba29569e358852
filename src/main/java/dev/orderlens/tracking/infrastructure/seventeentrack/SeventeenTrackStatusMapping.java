package dev.orderlens.tracking.infrastructure.seventeentrack;

import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.incident.SubStatus;
import dev.orderlens.tracking.domain.incident.SubStatuses;
import java.util.Map;

/**
 * 17TRACK main status / sub-status (and event stage) → normalised status and sub-status. A refusal
 * or a bad address that 17TRACK files under DeliveryFailure is an exception in the common
 * vocabulary (AfterShip's Exception_003 / Exception_007), so the sub-status decides.
 */
public final class SeventeenTrackStatusMapping {

  private static final Map<String, TrackingStatus> MAIN =
      Map.of(
          "NotFound", TrackingStatus.PENDING,
          "InfoReceived", TrackingStatus.INFO_RECEIVED,
          "InTransit", TrackingStatus.IN_TRANSIT,
          "Expired", TrackingStatus.EXPIRED,
          "AvailableForPickup", TrackingStatus.AVAILABLE_FOR_PICKUP,
          "OutForDelivery", TrackingStatus.OUT_FOR_DELIVERY,
          "DeliveryFailure", TrackingStatus.ATTEMPT_FAIL,
          "Delivered", TrackingStatus.DELIVERED,
          "Exception", TrackingStatus.EXCEPTION);

  private static final Map<String, String> SUB =
      Map.ofEntries(
          Map.entry("NotFound_Other", "Pending_001"),
          Map.entry("NotFound_InvalidCode", "Pending_001"),
          Map.entry("InfoReceived", "InfoReceived_001"),
          Map.entry("InTransit_PickedUp", "InTransit_002"),
          Map.entry("InTransit_Other", "InTransit_001"),
          Map.entry("InTransit_Departure", "InTransit_007"),
          Map.entry("InTransit_Arrival", "InTransit_003"),
          Map.entry("InTransit_CustomsProcessing", "InTransit_006"),
          Map.entry("InTransit_CustomsReleased", "InTransit_005"),
          Map.entry("InTransit_CustomsRequiringInformation", "Exception_004"),
          Map.entry("Expired_Other", "Expired_001"),
          Map.entry("AvailableForPickup_Other", "AvailableForPickup_001"),
          Map.entry("OutForDelivery_Other", "OutForDelivery_001"),
          Map.entry("DeliveryFailure_Other", "AttemptFail_001"),
          Map.entry("DeliveryFailure_NoBody", "AttemptFail_002"),
          Map.entry("DeliveryFailure_Security", "AttemptFail_001"),
          Map.entry("DeliveryFailure_Rejected", "Exception_003"),
          Map.entry("DeliveryFailure_InvalidAddress", "Exception_007"),
          Map.entry("Delivered_Other", "Delivered_001"),
          Map.entry("Exception_Other", "Exception_001"),
          Map.entry("Exception_Returning", "Exception_010"),
          Map.entry("Exception_Returned", "Exception_011"),
          Map.entry("Exception_NoBody", "AttemptFail_002"),
          Map.entry("Exception_Security", "Exception_001"),
          Map.entry("Exception_Damage", "Exception_012"),
          Map.entry("Exception_Rejected", "Exception_003"),
          Map.entry("Exception_Delayed", "Exception_005"),
          Map.entry("Exception_Lost", "Exception_013"),
          Map.entry("Exception_Destroyed", "Exception_012"),
          Map.entry("Exception_Cancel", "Exception_001"));

  /** Event milestones ({@code stage}) of v2.2 events. */
  private static final Map<String, String> STAGES =
      Map.of(
          "InfoReceived", "InfoReceived_001",
          "PickedUp", "InTransit_002",
          "Departure", "InTransit_007",
          "Arrival", "InTransit_003",
          "AvailableForPickup", "AvailableForPickup_001",
          "OutForDelivery", "OutForDelivery_001",
          "Delivered", "Delivered_001",
          "Returning", "Exception_010",
          "Returned", "Exception_011");

  private SeventeenTrackStatusMapping() {}

  /** The sub-status for a 17TRACK sub-status, else its main status (the part before "_"). */
  public static SubStatus map(String subStatus) {
    if (subStatus != null && SUB.containsKey(subStatus)) {
      return SubStatuses.of(SUB.get(subStatus)).orElseThrow();
    }
    String main = subStatus == null ? null : subStatus.split("_", 2)[0];
    TrackingStatus status =
        main == null ? TrackingStatus.UNKNOWN : MAIN.getOrDefault(main, TrackingStatus.UNKNOWN);
    String generic = SubStatuses.genericCodeOf(status);
    return generic == null
        ? new SubStatus("Unknown", TrackingStatus.UNKNOWN, subStatus, null)
        : SubStatuses.of(generic).orElseThrow();
  }

  /** An event's status: its sub-status when given, else its stage. */
  public static SubStatus mapEvent(String subStatus, String stage) {
    if (subStatus != null) {
      return map(subStatus);
    }
    String code = stage == null ? null : STAGES.get(stage);
    return code == null ? map("InTransit_Other") : SubStatuses.of(code).orElseThrow();
  }
}
