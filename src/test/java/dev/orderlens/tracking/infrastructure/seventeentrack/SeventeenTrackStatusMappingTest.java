package dev.orderlens.tracking.infrastructure.seventeentrack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.incident.SubStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeventeenTrackStatusMappingTest {

  @ParameterizedTest(name = "{0} -> {1} {2}, blamed on {3}")
  @CsvSource({
    "InTransit_PickedUp, IN_TRANSIT, InTransit_002, UNKNOWN",
    "InTransit_CustomsProcessing, IN_TRANSIT, InTransit_006, UNKNOWN",
    "InTransit_CustomsRequiringInformation, EXCEPTION, Exception_004, CUSTOMS",
    "OutForDelivery_Other, OUT_FOR_DELIVERY, OutForDelivery_001, UNKNOWN",
    "DeliveryFailure_NoBody, ATTEMPT_FAIL, AttemptFail_002, CONSIGNEE",
    "DeliveryFailure_Other, ATTEMPT_FAIL, AttemptFail_001, UNKNOWN",
    "DeliveryFailure_Rejected, EXCEPTION, Exception_003, CONSIGNEE",
    "DeliveryFailure_InvalidAddress, EXCEPTION, Exception_007, RETAILER",
    "Exception_Returning, EXCEPTION, Exception_010, UNKNOWN",
    "Exception_Returned, EXCEPTION, Exception_011, UNKNOWN",
    "Exception_Damage, EXCEPTION, Exception_012, CARRIER",
    "Exception_Lost, EXCEPTION, Exception_013, CARRIER",
    "Exception_Delayed, EXCEPTION, Exception_005, FORCE_MAJEURE",
    "AvailableForPickup_Other, AVAILABLE_FOR_PICKUP, AvailableForPickup_001, UNKNOWN",
    "Delivered_Other, DELIVERED, Delivered_001, UNKNOWN",
    "NotFound_Other, PENDING, Pending_001, UNKNOWN",
    "Expired_Other, EXPIRED, Expired_001, UNKNOWN"
  })
  void subStatusMapsOntoTheCommonVocabulary(
      String subStatus, TrackingStatus status, String code, Blame blame) {
    SubStatus mapped = SeventeenTrackStatusMapping.map(subStatus);

    assertEquals(status, mapped.status());
    assertEquals(code, mapped.code());
    assertEquals(blame, mapped.blame(false));
  }

  @Test
  void newSubStatusFallsBackToItsMainStatus() {
    assertEquals(
        TrackingStatus.ATTEMPT_FAIL,
        SeventeenTrackStatusMapping.map("DeliveryFailure_Dog").status());
  }

  @Test
  void bareMainStatusIsUnderstood() {
    assertEquals(TrackingStatus.DELIVERED, SeventeenTrackStatusMapping.map("Delivered").status());
  }

  @Test
  void eventWithoutSubStatusUsesItsStage() {
    assertEquals("InTransit_007", SeventeenTrackStatusMapping.mapEvent(null, "Departure").code());
  }
}
