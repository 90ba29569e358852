package dev.orderlens.carrier.domain.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.tracking.domain.TrackingStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintWeighingTest {

  private static final ComplaintClassifier CLASSIFIER = ComplaintClassifier.bundled();
  private static final String WAS_HOME = "I was home all day and nobody rang the bell.";

  private static TrackingSignals attempt(Double suspicion) {
    return new TrackingSignals("dpd", TrackingStatus.ATTEMPT_FAIL, null, true, suspicion, null);
  }

  private static TrackingSignals status(TrackingStatus status, String subStatus) {
    return new TrackingSignals("dpd", status, subStatus, false, null, null);
  }

  @Test
  void suspiciousAttemptScanMakesAFalseAttemptClaimWeighMore() {
    // 0.55 + 0.10 (attempt words) + 0.30 x suspicion
    CourierComplaint plain = CLASSIFIER.primary(WAS_HOME, attempt(null)).orElseThrow();
    CourierComplaint suspicious = CLASSIFIER.primary(WAS_HOME, attempt(0.8)).orElseThrow();

    assertEquals(ComplaintCategory.FALSE_ATTEMPT, plain.category());
    assertEquals(0.65, plain.confidence(), 1e-9);
    assertEquals(0.89, suspicious.confidence(), 1e-9);
    assertEquals(Blame.CARRIER, suspicious.blame());
  }

  @Test
  void customerUnawareOfTheAttemptScanStillRevealsAFalseAttempt() {
    // the customer only says they were in and the parcel never came; the carrier scanned
    // "recipient absent". The models read the presence claim as a claimed false attempt (as the
    // corpus labels it): 0.55 + 0.10 (claimed) + 0.30 x 0.9 = 0.92
    CourierComplaint complaint =
        CLASSIFIER
            .primary("I was in all day yesterday, where is my parcel?", attempt(0.9))
            .orElseThrow();

    assertEquals(ComplaintCategory.FALSE_ATTEMPT, complaint.category());
    assertEquals(0.92, complaint.confidence(), 1e-9);
  }

  @Test
  void falseAttemptReplacesLatenessForTheSameParcel() {
    String message = "My parcel still hasn't arrived. I was at home, the driver never rang.";

    List<CourierComplaint> complaints = CLASSIFIER.classify(message, attempt(0.5));

    assertEquals(
        List.of(ComplaintCategory.FALSE_ATTEMPT),
        complaints.stream().map(CourierComplaint::category).toList());
  }

  @Test
  void notArrivedOnAParcelTrackedAsDeliveredIsDeliveredNotReceived() {
    CourierComplaint complaint =
        CLASSIFIER
            .primary("My parcel still hasn't arrived!", status(TrackingStatus.DELIVERED, null))
            .orElseThrow();

    assertEquals(ComplaintCategory.DELIVERED_NOT_RECEIVED, complaint.category());
  }

  @Test
  void damageExceptionInTrackingRaisesConfidence() {
    String message = "The box arrived damaged.";
    double wordsOnly =
        CLASSIFIER
            .primary(message, status(TrackingStatus.DELIVERED, null))
            .orElseThrow()
            .confidence();
    double corroborated =
        CLASSIFIER
            .primary(message, status(TrackingStatus.EXCEPTION, "Exception_012"))
            .orElseThrow()
            .confidence();

    assertEquals(wordsOnly + 0.15, corroborated, 1e-9);
  }

  @Test
  void lateParcelNeverHandedOverIsTheRetailersFault() {
    CourierComplaint complaint =
        CLASSIFIER
            .primary(
                "Where is my order? It is a week late.", status(TrackingStatus.INFO_RECEIVED, null))
            .orElseThrow();

    assertEquals(ComplaintCategory.LATE, complaint.category());
    assertEquals(Blame.RETAILER, complaint.blame());
  }

  @Test
  void causeTheCustomerNamesDecidesBlame() {
    TrackingSignals inTransit = status(TrackingStatus.IN_TRANSIT, null);

    assertEquals(
        Blame.RETAILER,
        CLASSIFIER
            .primary(
                "Mein Paket ist verspätet, der Shop wartet noch auf den Lieferanten.", inTransit)
            .orElseThrow()
            .blame());
    assertEquals(
        Blame.CUSTOMS,
        CLASSIFIER
            .primary("Il pacco è in ritardo, è fermo in dogana da una settimana.", inTransit)
            .orElseThrow()
            .blame());
    assertEquals(
        Blame.FORCE_MAJEURE,
        CLASSIFIER
            .primary("Посылка задерживается из-за снегопада.", inTransit)
            .orElseThrow()
            .blame());
    assertEquals(
        Blame.CARRIER,
        CLASSIFIER.primary("My parcel is delayed again.", inTransit).orElseThrow().blame());
  }

  @Test
  void readsSignalsOffTheTrackingView() {
    Shipment shipment =
        new Shipment(
            "JJD000390007712345",
            "dhl",
            null,
            TrackingStatus.ATTEMPT_FAIL,
            "AttemptFail_002",
            "Recipient not at home",
            null,
            2,
            0.6,
            List.of("NO_OUT_FOR_DELIVERY_SCAN"));

    TrackingSignals signals = TrackingSignals.from(shipment);

    assertTrue(signals.attemptScanned());
    assertEquals("dhl", signals.carrier());
    assertEquals(0.6, signals.attemptSuspicion());
  }
}
