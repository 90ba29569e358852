package dev.orderlens.tracking.domain.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.detection.CarrierDetector;
import dev.orderlens.tracking.domain.schedule.WorkingCalendar;
import dev.orderlens.tracking.domain.suspicion.GeoPoint;
import dev.orderlens.tracking.domain.suspicion.SuspicionPolicy;
import dev.orderlens.tracking.domain.suspicion.SuspiciousAttemptDetector;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentAssemblerTest {

  private static final CarrierDetector DETECTOR = new CarrierDetector();
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final WorkingCalendar ITALY = WorkingCalendar.of("IT", List.of());
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);
  private static final ShipmentAssembler ASSEMBLER =
      new ShipmentAssembler(
          DETECTOR,
          new SuspiciousAttemptDetector(SuspicionPolicy.DEFAULT),
          Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

  private static TrackingReport attemptReport() {
    return new TrackingReport(
        "1Z5R89390357567127",
        "ups",
        TrackingStatus.ATTEMPT_FAIL,
        "AttemptFail_002",
        List.of(
            TrackingEvent.of(
                Instant.parse("2026-11-18T06:55:00Z"),
                TrackingStatus.OUT_FOR_DELIVERY,
                "OutForDelivery_001",
                "Out For Delivery Today"),
            new TrackingEvent(
                Instant.parse("2026-11-18T17:31:00Z"),
                TrackingStatus.ATTEMPT_FAIL,
                "AttemptFail_002",
                "The receiver was not available for delivery.",
                "Milano, IT",
                "20139",
                45.5845,
                9.2744)),
        null);
  }

  @Test
  void disputedAttemptFarFromHomeTellsASuspiciousStoryBlamedOnTheCarrier() {
    ShipmentStory story =
        ASSEMBLER.assemble(
            new ShipmentFacts(
                "1Z 5R8 939 0357567127",
                attemptReport(),
                WEDNESDAY,
                ITALY,
                ROME,
                true,
                new GeoPoint(45.4642, 9.19),
                null,
                List.of()));

    Shipment s = story.shipment();
    assertEquals("1Z5R89390357567127", s.trackingNumber());
    assertEquals("ups", s.carrier());
    assertEquals(TrackingStatus.ATTEMPT_FAIL, s.status());
    assertEquals("AttemptFail_002", s.subStatus());
    assertEquals(
        "2026-11-18 18:31 · Milano, IT · The receiver was not available for delivery.",
        s.lastEvent());
    assertEquals(
        3,
        s.delayWorkingDays(),
        "the disputed attempt does not stop the clock: Wednesday's promise, Monday at best");
    assertEquals(LocalDate.of(2026, 11, 23), s.eta());
    assertTrue(story.suspicion().isSuspicious());
    assertEquals(2, s.suspicionSignals().size());
    assertEquals(Blame.CARRIER, story.blame());
  }

  @Test
  void undisputedAttemptStopsTheClockAndIsTheConsigneesDoing() {
    ShipmentStory story =
        ASSEMBLER.assemble(
            ShipmentFacts.of("1Z5R89390357567127", attemptReport(), WEDNESDAY, ITALY, ROME, false));

    assertEquals(0, story.shipment().delayWorkingDays());
    assertEquals(WEDNESDAY, story.estimate().clockStoppedOn());
    assertEquals(Blame.CONSIGNEE, story.blame());
    assertNotNull(story.shipment().suspicionScore());
  }

  @Test
  void withoutAReportTheCarrierComesFromTheNumber() {
    ShipmentStory story =
        ASSEMBLER.assemble(
            ShipmentFacts.of(
                "1Z5R89390357567127", null, LocalDate.of(2026, 11, 24), ITALY, ROME, false));

    Shipment s = story.shipment();
    assertEquals("ups", s.carrier());
    assertEquals(List.of("ups"), s.carrierCandidates());
    assertEquals(TrackingStatus.UNKNOWN, s.status());
    assertNull(s.lastEvent());
    assertNull(s.eta(), "no source, so no carrier ETA is shown");
    assertEquals(LocalDate.of(2026, 11, 24), story.estimate().eta());
    assertEquals(0, s.delayWorkingDays());
    assertNull(s.suspicionScore(), "no attempt, no score");
    assertEquals(Blame.UNKNOWN, story.blame());
  }

  @Test
  void ambiguousNumberWithoutReportNamesNoCarrierButEveryCandidate() {
    Shipment s =
        ASSEMBLER
            .assemble(ShipmentFacts.of("3SABCD1234567", null, null, ITALY, ROME, false))
            .shipment();

    assertNull(s.carrier());
    assertEquals(List.of("postnl", "dhl_parcel_nl"), s.carrierCandidates());
    assertNull(s.delayWorkingDays());
  }

  @Test
  void unrecognisedNumberHasNoCandidates() {
    Shipment s =
        ASSEMBLER.assemble(ShipmentFacts.of("hello", null, null, ITALY, ROME, false)).shipment();

    assertTrue(s.carrierCandidates().isEmpty());
    assertNull(s.carrier());
  }
}
