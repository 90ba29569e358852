package dev.orderlens.tracking.domain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.schedule.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentRecordTest {

  private static final WorkingCalendar IT = WorkingCalendar.of("IT", List.of());

  private static final TrackingEvent LABEL =
      TrackingEvent.of(
          Instant.parse("2026-11-19T09:00:00Z"), TrackingStatus.INFO_RECEIVED, null, "Label");
  private static final TrackingEvent PICKED_UP =
      new TrackingEvent(
          Instant.parse("2026-11-20T16:00:00Z"),
          TrackingStatus.IN_TRANSIT,
          null,
          "Picked up",
          "Bologna",
          "40121",
          44.49,
          11.34);
  private static final TrackingEvent ABSENT =
      TrackingEvent.of(
          Instant.parse("2026-11-23T11:00:00Z"),
          TrackingStatus.ATTEMPT_FAIL,
          "AttemptFail_002",
          "Addressee absent");
  private static final TrackingEvent DELIVERED =
      TrackingEvent.of(
          Instant.parse("2026-11-24T10:00:00Z"), TrackingStatus.DELIVERED, null, "Delivered");

  private static ShipmentRecord fresh() {
    return ShipmentRecord.first(
        "brt", "123456789012", "it-shop", "1001", "00184", "IT", LocalDate.of(2026, 11, 24), false);
  }

  private static TrackingReport report(TrackingEvent... events) {
    return new TrackingReport("123456789012", "brt", null, null, List.of(events), null);
  }

  @Test
  void onlyThePostcodePrefixIsKept() {
    ShipmentRecord shipment = fresh().withReport(report(PICKED_UP), null, IT, ZoneOffset.UTC);

    assertEquals("001", shipment.destinationPostcodePrefix());
    TrackingEvent stored = shipment.events().get(0);
    assertEquals("401", stored.postcode());
    assertNull(stored.latitude(), "a scan's position is not stored");
  }

  @Test
  void milestonesComeFromTheEvents() {
    ShipmentRecord shipment =
        fresh()
            .withReport(
                report(DELIVERED, LABEL, ABSENT, PICKED_UP), "Standard", IT, ZoneOffset.UTC);

    assertEquals(PICKED_UP.occurredAt(), shipment.shippedAt(), "a label is not a departure");
    assertEquals(ABSENT.occurredAt(), shipment.firstAttemptAt());
    assertEquals(DELIVERED.occurredAt(), shipment.deliveredAt());
    assertEquals(TrackingStatus.DELIVERED, shipment.status());
    assertEquals("Standard", shipment.service());
  }

  @Test
  void transitIsCountedInWorkingDaysOnceDelivered() {
    ShipmentRecord inTransit = fresh().withReport(report(PICKED_UP), null, IT, ZoneOffset.UTC);
    ShipmentRecord delivered =
        inTransit.withReport(report(PICKED_UP, DELIVERED), null, IT, ZoneOffset.UTC);

    assertNull(inTransit.transitWorkingDays());
    assertEquals(2, delivered.transitWorkingDays(), "Friday to Tuesday: Monday and Tuesday");
  }

  @Test
  void deliveryWithoutADepartureScanHasNoTransitDays() {
    ShipmentRecord shipment =
        fresh().withReport(report(LABEL, DELIVERED), null, IT, ZoneOffset.UTC);

    assertNull(shipment.shippedAt());
    assertNull(shipment.transitWorkingDays());
    assertEquals(DELIVERED.occurredAt(), shipment.deliveredAt());
  }

  @Test
  void deliveryAtTheFirstTryIsTheFirstAttempt() {
    ShipmentRecord shipment =
        fresh().withReport(report(PICKED_UP, DELIVERED), null, IT, ZoneOffset.UTC);

    assertEquals(DELIVERED.occurredAt(), shipment.firstAttemptAt());
  }

  @Test
  void anEventReportedTwiceIsKeptOnce() {
    ShipmentRecord shipment =
        fresh()
            .withReport(report(PICKED_UP, ABSENT), null, IT, ZoneOffset.UTC)
            .withReport(report(PICKED_UP, ABSENT, DELIVERED), null, IT, ZoneOffset.UTC);

    assertEquals(3, shipment.events().size());
  }

  @Test
  void aLaterPushKeepsTheOrdersContextAndTheDispute() {
    ShipmentRecord disputed =
        ShipmentRecord.first("brt", "123456789012", "it-shop", "1001", "00184", "IT", null, true);
    ShipmentRecord pushed =
        ShipmentRecord.first("brt", "123456789012", null, null, null, null, null, false);

    ShipmentRecord merged = disputed.completedBy(pushed);

    assertEquals("it-shop", merged.store());
    assertEquals("1001", merged.orderNumber());
    assertEquals("001", merged.destinationPostcodePrefix());
    assertTrue(merged.attemptDisputed());
  }
}
