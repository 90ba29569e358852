package dev.orderlens.carrier.domain.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.tracking.domain.TrackingStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintCaptureTest {

  private static final String WORDS = "Nobody rang, I was home all day. Anna Rossi";

  private static Shipment parcel(String number, String carrier, Double suspicion) {
    return new Shipment(
        number,
        carrier,
        List.of(),
        TrackingStatus.ATTEMPT_FAIL,
        "AttemptFail_002",
        null,
        null,
        null,
        suspicion,
        suspicion == null ? List.of() : List.of("NO_OUT_FOR_DELIVERY_SCAN"));
  }

  private static CourierComplaint complaint(ComplaintCategory category, Blame blame) {
    return new CourierComplaint(category, 0.8, "DHL", blame);
  }

  @Test
  void carrierBlamedComplaintAboutANamedParcelIsCapturedWithADigestOnly() {
    var capture =
        ComplaintCapture.from(
                "zendesk:42",
                complaint(ComplaintCategory.LEFT_UNSAFE, Blame.CARRIER),
                List.of(parcel("jjd 0001", "DHL", null)),
                WORDS)
            .orElseThrow();

    assertEquals("JJD0001", capture.record().trackingNumber());
    assertEquals("DHL", capture.record().carrier());
    assertEquals(TextDigest.of(WORDS), capture.record().customerWords());
    assertEquals(List.of("AttemptFail_002"), capture.record().evidenceEventCodes());
    assertFalse(capture.record().toString().contains("Rossi"));
  }

  @Test
  void complaintsNotBlamedOnTheCarrierOrWithoutAParcelAreNotCaptured() {
    var shipments = List.of(parcel("JJD0001", "DHL", null));
    assertTrue(
        ComplaintCapture.from(
                "t", complaint(ComplaintCategory.LATE, Blame.RETAILER), shipments, WORDS)
            .isEmpty());
    assertTrue(
        ComplaintCapture.from(
                "t", complaint(ComplaintCategory.LATE, Blame.CARRIER), List.of(), WORDS)
            .isEmpty());
    assertTrue(ComplaintCapture.from("t", null, shipments, WORDS).isEmpty());
    assertTrue(
        ComplaintCapture.from(
                "t",
                complaint(ComplaintCategory.LOST, Blame.CARRIER),
                List.of(parcel("X".repeat(65), "DHL", null)),
                WORDS)
            .isEmpty());
  }

  @Test
  void theParcelOfTheComplainedCarrierIsChosenAmongSeveral() {
    var capture =
        ComplaintCapture.from(
                "t",
                complaint(ComplaintCategory.LOST, Blame.CARRIER),
                List.of(parcel("UPS1", "UPS", null), parcel("DHL1", "dhl", null)),
                WORDS)
            .orElseThrow();

    assertEquals("DHL1", capture.record().trackingNumber());
  }

  @Test
  void falseAttemptIsConfirmedOnlyWhenTrackingLooksSuspiciousToo() {
    var suspicious =
        ComplaintCapture.from(
                "t",
                complaint(ComplaintCategory.FALSE_ATTEMPT, Blame.CARRIER),
                List.of(parcel("JJD1", "DHL", 0.7)),
                WORDS)
            .orElseThrow();
    var wordOnly =
        ComplaintCapture.from(
                "t",
                complaint(ComplaintCategory.FALSE_ATTEMPT, Blame.CARRIER),
                List.of(parcel("JJD1", "DHL", 0.2)),
                WORDS)
            .orElseThrow();
    var damage =
        ComplaintCapture.from(
                "t",
                complaint(ComplaintCategory.DAMAGED, Blame.CARRIER),
                List.of(parcel("JJD1", "DHL", 0.9)),
                WORDS)
            .orElseThrow();

    assertTrue(suspicious.confirmedFalseAttempt());
    assertFalse(wordOnly.confirmedFalseAttempt());
    assertFalse(damage.confirmedFalseAttempt());
  }

  @Test
  void aClaimedFalseAttemptWithNoAttemptScanIsNotHeldAgainstTheCarrier() {
    Shipment inTransit =
        new Shipment(
            "JJD0002",
            "DHL",
            List.of(),
            TrackingStatus.IN_TRANSIT,
            null,
            null,
            null,
            null,
            null,
            List.of());

    assertTrue(
        ComplaintCapture.from(
                "t",
                complaint(ComplaintCategory.FALSE_ATTEMPT, Blame.CARRIER),
                List.of(inTransit),
                WORDS)
            .isEmpty());
    assertTrue(
        ComplaintCapture.from(
                "t",
                complaint(ComplaintCategory.FALSE_ATTEMPT, Blame.CARRIER),
                List.of(parcel("JJD0003", "DHL", 0.7)),
                WORDS)
            .isPresent());
  }
}
