package dev.orderlens.tracking.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryClockTest {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
  private static final DeliveryClock CLOCK =
      new DeliveryClock(WorkingCalendar.of("IT", List.of(LocalDate.of(2026, 12, 8))), ROME);

  private static TrackingReport report(LocalDate eta, TrackingEvent... events) {
    return new TrackingReport("1Z5R89390357567127", "ups", null, null, List.of(events), eta);
  }

  private static TrackingEvent event(String instant, TrackingStatus status) {
    return TrackingEvent.of(Instant.parse(instant), status, null, status.name());
  }

  @Test
  void deliveredOnTheWeekendAfterAFridayPromiseIsOnTime() {
    DeliveryEstimate estimate =
        CLOCK.estimate(
            report(null, event("2026-11-28T10:00:00Z", TrackingStatus.DELIVERED)),
            FRIDAY,
            TUESDAY,
            false);

    assertEquals(0, estimate.delayWorkingDays());
    assertEquals(LocalDate.of(2026, 11, 28), estimate.clockStoppedOn());
  }

  @Test
  void deliveredOnTuesdayAfterAFridayPromiseIsTwoWorkingDaysLate() {
    DeliveryEstimate estimate =
        CLOCK.estimate(
            report(null, event("2026-12-01T10:00:00Z", TrackingStatus.DELIVERED)),
            FRIDAY,
            LocalDate.of(2026, 12, 3),
            false);

    assertEquals(2, estimate.delayWorkingDays());
    assertEquals(TUESDAY, estimate.eta());
    assertTrue(estimate.isLate());
  }

  @Test
  void undisputedFirstAttemptStopsTheClock() {
    DeliveryEstimate estimate =
        CLOCK.estimate(
            report(
                null,
                event("2026-11-27T17:00:00Z", TrackingStatus.ATTEMPT_FAIL),
                event("2026-12-01T10:00:00Z", TrackingStatus.DELIVERED)),
            FRIDAY,
            LocalDate.of(2026, 12, 3),
            false);

    assertEquals(0, estimate.delayWorkingDays());
    assertEquals(FRIDAY, estimate.clockStoppedOn());
  }

  @Test
  void disputedAttemptDoesNotStopTheClock() {
    DeliveryEstimate estimate =
        CLOCK.estimate(
            report(
                null,
                event("2026-11-27T17:00:00Z", TrackingStatus.ATTEMPT_FAIL),
                event("2026-12-01T10:00:00Z", TrackingStatus.DELIVERED)),
            FRIDAY,
            LocalDate.of(2026, 12, 3),
            true);

    assertEquals(2, estimate.delayWorkingDays());
  }

  @Test
  void runningParcelWithALaterEstimateIsProjectedLate() {
    DeliveryEstimate estimate =
        CLOCK.estimate(
            report(TUESDAY, event("2026-11-26T08:00:00Z", TrackingStatus.IN_TRANSIT)),
            FRIDAY,
            LocalDate.of(2026, 11, 26),
            false);

    assertEquals(TUESDAY, estimate.eta());
    assertEquals(2, estimate.delayWorkingDays());
    assertNull(estimate.clockStoppedOn());
  }

  @Test
  void staleEstimateMovesToTheNextWorkingDay() {
    DeliveryEstimate estimate =
        CLOCK.estimate(
            report(FRIDAY, event("2026-11-26T08:00:00Z", TrackingStatus.IN_TRANSIT)),
            FRIDAY,
            LocalDate.of(2026, 11, 28),
            false);

    assertEquals(MONDAY, estimate.eta());
    assertEquals(1, estimate.delayWorkingDays());
  }

  @Test
  void withoutAPromiseThereIsNoDelay() {
    DeliveryEstimate estimate = CLOCK.estimate(report(TUESDAY), null, MONDAY, false);

    assertNull(estimate.delayWorkingDays());
    assertFalse(estimate.isLate());
    assertEquals(TUESDAY, estimate.eta());
  }

  @Test
  void withoutAReportThePromiseIsTheEstimate() {
    DeliveryEstimate estimate = CLOCK.estimate(null, TUESDAY, MONDAY, false);

    assertEquals(TUESDAY, estimate.eta());
    assertEquals(0, estimate.delayWorkingDays());
  }
}
