package dev.orderlens.tracking.infrastructure.seventeentrack;

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

class SeventeenTrackParserTest {

  @Test
  void acceptedNumbersBecomeReportsAndRejectedOnesAreLeftOut() {
    List<TrackingReport> reports =
        SeventeenTrackParser.parse(
            Payloads.load("seventeentrack/gettrackinfo-delivery-failure.json"));

    assertEquals(1, reports.size());
    TrackingReport report = reports.get(0);
    assertEquals("RB123456785GB", report.trackingNumber());
    assertEquals("Royal Mail", report.carrier());
    assertEquals(TrackingStatus.ATTEMPT_FAIL, report.status());
    assertEquals("AttemptFail_002", report.subStatus());
    assertEquals(LocalDate.of(2026, 11, 21), report.eta(), "the end of the estimated window");
  }

  @Test
  void eventsAreInTimeOrderWithUtcTimeAndStringCoordinates() {
    TrackingReport report =
        SeventeenTrackParser.parse(
                Payloads.load("seventeentrack/gettrackinfo-delivery-failure.json"))
            .get(0);

    assertEquals(
        List.of("InTransit_002", "InTransit_003", "AttemptFail_002"),
        report.events().stream().map(TrackingEvent::subStatus).toList());
    TrackingEvent attempt = report.lastEvent().orElseThrow();
    assertEquals(Instant.parse("2026-11-20T09:02:00Z"), attempt.occurredAt());
    assertEquals(47.5316, attempt.latitude());
    assertEquals(19.0402, attempt.longitude());
    assertEquals("1037", attempt.postcode());
  }

  @Test
  void webhookCarriesOneNumberWithoutAnEstimate() {
    List<TrackingReport> reports =
        SeventeenTrackParser.parse(Payloads.load("seventeentrack/webhook-tracking-updated.json"));

    TrackingReport report = reports.get(0);
    assertEquals("10102467023459", report.trackingNumber());
    assertEquals("Russian Post", report.carrier());
    assertEquals("Exception_010", report.subStatus());
    assertNull(report.eta());
    assertEquals("Москва 101000", report.events().get(0).location());
  }
}
