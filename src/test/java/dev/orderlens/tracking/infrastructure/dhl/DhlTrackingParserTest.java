package dev.orderlens.tracking.infrastructure.dhl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.infrastructure.Payloads;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DhlTrackingParserTest {

  @Test
  void parcelShipmentWithAFailedAttemptBecomesAReport() {
    TrackingReport report =
        DhlTrackingParser.parse(Payloads.load("dhl/shipments-parcel-de.json")).get(0);

    assertEquals("00340434521847539619", report.trackingNumber());
    assertEquals("parcel-de", report.carrier());
    assertEquals(TrackingStatus.ATTEMPT_FAIL, report.status());
    assertEquals("AttemptFail_002", report.subStatus());
    assertEquals(LocalDate.of(2026, 11, 19), report.eta());
  }

  @Test
  void eventsAreSortedAndCarryPlaceAndPostcode() {
    TrackingReport report =
        DhlTrackingParser.parse(Payloads.load("dhl/shipments-parcel-de.json")).get(0);

    assertEquals(
        List.of(
            TrackingStatus.INFO_RECEIVED,
            TrackingStatus.IN_TRANSIT,
            TrackingStatus.OUT_FOR_DELIVERY,
            TrackingStatus.ATTEMPT_FAIL),
        report.events().stream().map(TrackingEvent::status).toList());
    TrackingEvent attempt = report.attempts().get(0);
    assertEquals(Instant.parse("2026-11-19T11:20:00Z"), attempt.occurredAt());
    assertEquals("München", attempt.location());
    assertEquals("80331", attempt.postcode());
    assertNull(attempt.latitude());
  }

  @Test
  void pushNotificationOfADeliveredExpressShipment() {
    TrackingReport report =
        DhlTrackingParser.parse(Payloads.load("dhl/push-delivered.json")).get(0);

    assertEquals(TrackingStatus.DELIVERED, report.status());
    assertEquals("express", report.carrier());
    assertEquals(TrackingStatus.OUT_FOR_DELIVERY, report.events().get(1).status());
    assertNull(report.eta());
  }
}
