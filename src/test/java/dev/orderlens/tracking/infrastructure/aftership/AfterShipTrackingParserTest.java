package dev.orderlens.tracking.infrastructure.aftership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.infrastructure.Payloads;
import jakarta.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AfterShipTrackingParserTest {

  @Test
  void trackingResponseBecomesAReportWithItsAttempt() {
    TrackingReport report =
        AfterShipTrackingParser.parse(Payloads.load("aftership/get-tracking-attempt-fail.json"))
            .orElseThrow();

    assertEquals("1Z5R89390357567127", report.trackingNumber());
    assertEquals("ups", report.carrier());
    assertEquals(TrackingStatus.ATTEMPT_FAIL, report.status());
    assertEquals("AttemptFail_002", report.subStatus());
    assertEquals(3, report.events().size());
    assertEquals(LocalDate.of(2026, 11, 18), report.eta(), "the courier's estimate wins");
  }

  @Test
  void checkpointKeepsTimeZonePlaceAndCoordinates() {
    TrackingEvent attempt =
        AfterShipTrackingParser.parse(Payloads.load("aftership/get-tracking-attempt-fail.json"))
            .orElseThrow()
            .attempts()
            .get(0);

    assertEquals(Instant.parse("2026-11-18T17:31:00Z"), attempt.occurredAt());
    assertEquals("Milano, IT", attempt.location());
    assertEquals("20139", attempt.postcode());
    assertEquals(45.4642, attempt.latitude());
    assertEquals(9.19, attempt.longitude());
  }

  @Test
  void emptyCoordinatesArrayMeansNoPosition() {
    TrackingEvent first =
        AfterShipTrackingParser.parse(Payloads.load("aftership/get-tracking-attempt-fail.json"))
            .orElseThrow()
            .events()
            .get(0);

    assertNull(first.latitude());
    assertEquals(TrackingStatus.INFO_RECEIVED, first.status());
  }

  @Test
  void webhookMessageIsReadLikeATrackingObject() {
    TrackingReport report =
        AfterShipTrackingParser.parse(
                Payloads.load("aftership/webhook-delivered-to-neighbour.json"))
            .orElseThrow();

    assertEquals(TrackingStatus.DELIVERED, report.status());
    assertEquals("Delivered_005", report.subStatus());
    assertEquals("dhl-germany", report.carrier());
    assertEquals("Berlin, DEU", report.events().get(0).location());
    assertEquals(LocalDate.of(2026, 11, 20), report.eta());
  }

  @Test
  void payloadWithoutATrackingIsNoReport() {
    assertTrue(
        AfterShipTrackingParser.parse(Json.createObjectBuilder().add("meta", 404).build())
            .isEmpty());
  }
}
