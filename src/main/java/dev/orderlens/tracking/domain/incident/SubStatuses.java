package dev.orderlens.tracking.domain.incident;

import static dev.orderlens.tracking.domain.TrackingStatus.ATTEMPT_FAIL;
import static dev.orderlens.tracking.domain.TrackingStatus.AVAILABLE_FOR_PICKUP;
import static dev.orderlens.tracking.domain.TrackingStatus.DELIVERED;
import static dev.orderlens.tracking.domain.TrackingStatus.EXCEPTION;
import static dev.orderlens.tracking.domain.TrackingStatus.EXPIRED;
import static dev.orderlens.tracking.domain.TrackingStatus.INFO_RECEIVED;
import static dev.orderlens.tracking.domain.TrackingStatus.IN_TRANSIT;
import static dev.orderlens.tracking.domain.TrackingStatus.OUT_FOR_DELIVERY;
import static dev.orderlens.tracking.domain.TrackingStatus.PENDING;

import dev.orderlens.tracking.domain.TrackingStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The common sub-status vocabulary: AfterShip's published subtags (Tracking API "Delivery
 * Sub-statuses"), each with the incident reason behind it. Every source maps onto these codes.
 */
public final class SubStatuses {

  private static final Map<String, SubStatus> BY_CODE = new LinkedHashMap<>();

  static {
    add("Pending_001", PENDING, "No information yet", null);
    add("InfoReceived_001", INFO_RECEIVED, "Info received", null);
    add("InTransit_001", IN_TRANSIT, "In transit", null);
    add("InTransit_002", IN_TRANSIT, "Acceptance scan", null);
    add("InTransit_003", IN_TRANSIT, "Arrival scan", null);
    add("InTransit_004", IN_TRANSIT, "Arrived at the destination country", null);
    add("InTransit_005", IN_TRANSIT, "Customs clearance completed", null);
    add("InTransit_006", IN_TRANSIT, "Customs clearance started", null);
    add("InTransit_007", IN_TRANSIT, "Departure scan", null);
    add("InTransit_008", IN_TRANSIT, "Problem resolved", null);
    add("InTransit_009", IN_TRANSIT, "Forwarded to a different delivery address", null);
    add("OutForDelivery_001", OUT_FOR_DELIVERY, "Out for delivery", null);
    add("OutForDelivery_003", OUT_FOR_DELIVERY, "Customer contacted", null);
    add("OutForDelivery_004", OUT_FOR_DELIVERY, "Delivery appointment scheduled", null);
    add("AttemptFail_001", ATTEMPT_FAIL, "Failed delivery attempt", IncidentReason.UNKNOWN);
    add(
        "AttemptFail_002",
        ATTEMPT_FAIL,
        "Addressee not available",
        IncidentReason.CONSIGNEE_NOT_HOME);
    add(
        "AttemptFail_003",
        ATTEMPT_FAIL,
        "Business closed",
        IncidentReason.CONSIGNEE_BUSINESS_CLOSED);
    add("Delivered_001", DELIVERED, "Delivered", null);
    add("Delivered_002", DELIVERED, "Picked up by the customer", null);
    add("Delivered_003", DELIVERED, "Signed by customer", null);
    add("Delivered_004", DELIVERED, "Delivered and cash on delivery collected", null);
    add("Delivered_005", DELIVERED, "Delivered to neighbour", null);
    add("AvailableForPickup_001", AVAILABLE_FOR_PICKUP, "Available for pickup", null);
    add("Exception_001", EXCEPTION, "Exception", IncidentReason.UNKNOWN);
    add("Exception_002", EXCEPTION, "Customer moved", IncidentReason.CONSIGNEE_MOVED);
    add("Exception_003", EXCEPTION, "Customer refused delivery", IncidentReason.CONSIGNEE_REFUSED);
    add("Exception_004", EXCEPTION, "Delayed (customs clearance)", IncidentReason.CUSTOMS_DELAY);
    add("Exception_005", EXCEPTION, "Delayed (external factors)", IncidentReason.FORCE_MAJEURE);
    add("Exception_006", EXCEPTION, "Held for payment", IncidentReason.CUSTOMS_DUTIES_UNPAID);
    add("Exception_007", EXCEPTION, "Incorrect address", IncidentReason.RETAILER_INCORRECT_ADDRESS);
    add("Exception_008", EXCEPTION, "Pick up missed", IncidentReason.CONSIGNEE_NOT_COLLECTED);
    add(
        "Exception_009",
        EXCEPTION,
        "Rejected by carrier",
        IncidentReason.RETAILER_PROHIBITED_ITEMS);
    add("Exception_010", EXCEPTION, "Returning to sender", IncidentReason.RETURN_TO_SENDER);
    add("Exception_011", EXCEPTION, "Returned to sender", IncidentReason.RETURN_TO_SENDER);
    add("Exception_012", EXCEPTION, "Shipment damaged", IncidentReason.CARRIER_DAMAGED_PARCEL);
    add("Exception_013", EXCEPTION, "Shipment lost", IncidentReason.CARRIER_PARCEL_LOST);
    add("Expired_001", EXPIRED, "No further updates", null);
  }

  private SubStatuses() {}

  private static void add(String code, TrackingStatus status, String message, IncidentReason r) {
    BY_CODE.put(code, new SubStatus(code, status, message, r));
  }

  /** The sub-status for a code, empty for codes outside the vocabulary. */
  public static Optional<SubStatus> of(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
  }

  /** The generic code of a status, e.g. {@code AttemptFail_001} for ATTEMPT_FAIL. */
  public static String genericCodeOf(TrackingStatus status) {
    return BY_CODE.values().stream()
        .filter(s -> s.status() == status)
        .map(SubStatus::code)
        .findFirst()
        .orElse(null);
  }
}
