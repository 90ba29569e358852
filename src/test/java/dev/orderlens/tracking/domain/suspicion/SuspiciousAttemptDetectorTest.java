package dev.orderlens.tracking.domain.suspicion;

import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.CUSTOMER_DISPUTES;
import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.DELIVERED_NEXT_DAY_SAME_ROUTE;
import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.NO_OUT_FOR_DELIVERY_SCAN;
import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.OTHER_PARCEL_DUE_NEXT_DAY;
import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.OUTSIDE_DELIVERY_WINDOW;
import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.SCANNED_FAR_FROM_DESTINATION;
import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.SEVERAL_ATTEMPTS_WITHIN_MINUTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.suspicion.SuspicionAssessment.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuspiciousAttemptDetectorTest {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final GeoPoint HOME = new GeoPoint(45.4642, 9.19);
  private static final DeliveryWindow WORKING_HOURS =
      new DeliveryWindow(LocalTime.of(9, 0), LocalTime.of(18, 0));
  private static final SuspiciousAttemptDetector DETECTOR =
      new SuspiciousAttemptDetector(SuspicionPolicy.DEFAULT);

  private static TrackingEvent scan(
      String localTime, TrackingStatus status, String place, double lat, double lon) {
    return new TrackingEvent(
        LocalDateTime.parse(localTime).atZone(ROME).toInstant(),
        status,
        null,
        status.name(),
        place,
        "20139",
        lat,
        lon);
  }

  private static TrackingEvent outForDelivery() {
    return scan("2026-11-18T07:55", TrackingStatus.OUT_FOR_DELIVERY, "Milano", 45.50, 9.20);
  }

  private static TrackingEvent attemptAtHome(String localTime) {
    return scan(localTime, TrackingStatus.ATTEMPT_FAIL, "Milano", 45.4645, 9.1905);
  }

  private static SuspicionAssessment assess(
      List<TrackingEvent> events, List<LocalDate> otherParcels, boolean disputes) {
    return DETECTOR.assess(
        new AttemptContext(events, ROME, HOME, WORKING_HOURS, otherParcels, disputes));
  }

  private static List<SuspicionSignal.Kind> kinds(SuspicionAssessment assessment) {
    return assessment.signals().stream().map(SuspicionSignal::kind).toList();
  }

  @Test
  void cleanAttemptScoresLow() {
    SuspicionAssessment a =
        assess(List.of(outForDelivery(), attemptAtHome("2026-11-18T11:30")), List.of(), false);

    assertEquals(Verdict.PLAUSIBLE_ATTEMPT, a.verdict());
    assertEquals(0.0, a.score());
    assertTrue(a.signals().isEmpty());
  }

  @Test
  void attemptScannedFarFromDestinationIsSuspect() {
    TrackingEvent inMonza =
        scan("2026-11-18T11:30", TrackingStatus.ATTEMPT_FAIL, "Monza", 45.5845, 9.2744);

    SuspicionAssessment a = assess(List.of(outForDelivery(), inMonza), List.of(), false);

    assertEquals(List.of(SCANNED_FAR_FROM_DESTINATION), kinds(a));
    assertTrue(a.explanations().get(0).contains("14."), a.explanations()::toString);
  }

  @Test
  void attemptOutsideTheDeliveryWindowIsSuspect() {
    SuspicionAssessment a =
        assess(List.of(outForDelivery(), attemptAtHome("2026-11-18T21:40")), List.of(), false);

    assertEquals(List.of(OUTSIDE_DELIVERY_WINDOW), kinds(a));
    assertTrue(a.explanations().get(0).contains("21:40"));
  }

  @Test
  void attemptWithoutOutForDeliveryScanThatDayIsSuspect() {
    TrackingEvent dayBefore =
        scan("2026-11-17T08:00", TrackingStatus.OUT_FOR_DELIVERY, "Milano", 45.50, 9.20);

    SuspicionAssessment a =
        assess(List.of(dayBefore, attemptAtHome("2026-11-18T11:30")), List.of(), false);

    assertEquals(List.of(NO_OUT_FOR_DELIVERY_SCAN), kinds(a));
  }

  @Test
  void deliveredNextDayAlongTheSameRouteIsSuspect() {
    TrackingEvent delivered =
        scan("2026-11-19T10:05", TrackingStatus.DELIVERED, "Milano", 45.4644, 9.1903);

    SuspicionAssessment a =
        assess(
            List.of(outForDelivery(), attemptAtHome("2026-11-18T11:30"), delivered),
            List.of(),
            false);

    assertEquals(List.of(DELIVERED_NEXT_DAY_SAME_ROUTE), kinds(a));
  }

  @Test
  void deliveredNextDayFromAnotherDepotIsNotTheSameRoute() {
    TrackingEvent delivered =
        scan("2026-11-19T10:05", TrackingStatus.DELIVERED, "Sesto San Giovanni", 45.53, 9.23);

    SuspicionAssessment a =
        assess(
            List.of(outForDelivery(), attemptAtHome("2026-11-18T11:30"), delivered),
            List.of(),
            false);

    assertTrue(a.signals().isEmpty());
  }

  @Test
  void severalAttemptsWithinMinutesAreSuspect() {
    SuspicionAssessment a =
        assess(
            List.of(
                outForDelivery(),
                attemptAtHome("2026-11-18T11:30"),
                attemptAtHome("2026-11-18T11:36")),
            List.of(),
            false);

    assertEquals(List.of(SEVERAL_ATTEMPTS_WITHIN_MINUTES), kinds(a));
    assertTrue(a.explanations().get(0).contains("6 minutes"));
  }

  @Test
  void anotherParcelDueNextDayToTheSameAddressIsSuspect() {
    SuspicionAssessment a =
        assess(
            List.of(outForDelivery(), attemptAtHome("2026-11-18T11:30")),
            List.of(LocalDate.of(2026, 11, 19)),
            false);

    assertEquals(List.of(OTHER_PARCEL_DUE_NEXT_DAY), kinds(a));
  }

  @Test
  void customerDisputingTheAttemptIsASignalButNotEnoughAlone() {
    SuspicionAssessment a =
        assess(List.of(outForDelivery(), attemptAtHome("2026-11-18T11:30")), List.of(), true);

    assertEquals(List.of(CUSTOMER_DISPUTES), kinds(a));
    assertFalse(a.isSuspicious());
  }

  @Test
  void disputedAttemptScannedFarAwayIsASuspiciousAttempt() {
    TrackingEvent inMonza =
        scan("2026-11-18T11:30", TrackingStatus.ATTEMPT_FAIL, "Monza", 45.5845, 9.2744);

    SuspicionAssessment a = assess(List.of(outForDelivery(), inMonza), List.of(), true);

    assertEquals(Verdict.SUSPICIOUS_ATTEMPT, a.verdict());
    assertEquals(1 - 0.55 * 0.65, a.score(), 1e-9);
    assertEquals(2, a.explanations().size());
  }

  @Test
  void eveningBatchOfAttemptsWithoutLoadingScanIsASuspiciousAttempt() {
    List<TrackingEvent> events = new ArrayList<>();
    events.add(attemptAtHome("2026-11-18T20:01"));
    events.add(attemptAtHome("2026-11-18T20:03"));

    SuspicionAssessment a = assess(events, List.of(), false);

    assertEquals(
        List.of(OUTSIDE_DELIVERY_WINDOW, NO_OUT_FOR_DELIVERY_SCAN, SEVERAL_ATTEMPTS_WITHIN_MINUTES),
        kinds(a));
    assertTrue(a.isSuspicious());
    assertTrue(a.score() < 1.0);
  }

  @Test
  void thresholdIsConfigurable() {
    SuspiciousAttemptDetector strict =
        new SuspiciousAttemptDetector(new SuspicionPolicy(2.0, 15, 0.3));

    SuspicionAssessment a =
        strict.assess(
            AttemptContext.of(
                List.of(outForDelivery(), attemptAtHome("2026-11-18T11:30")), ROME, true));

    assertTrue(a.isSuspicious());
  }

  @Test
  void withoutAnAttemptThereIsNothingToJudge() {
    SuspicionAssessment a = assess(List.of(outForDelivery()), List.of(), true);

    assertEquals(Verdict.NO_ATTEMPT, a.verdict());
    assertEquals(0.0, a.score());
  }

  @Test
  void unknownDestinationAndWindowRaiseNoSignal() {
    TrackingEvent nowhere =
        TrackingEvent.of(
            LocalDateTime.parse("2026-11-18T23:00").atZone(ROME).toInstant(),
            TrackingStatus.ATTEMPT_FAIL,
            "AttemptFail_002",
            "Addressee not available");

    SuspicionAssessment a =
        DETECTOR.assess(AttemptContext.of(List.of(outForDelivery(), nowhere), ROME, false));

    assertTrue(a.signals().isEmpty());
  }
}
