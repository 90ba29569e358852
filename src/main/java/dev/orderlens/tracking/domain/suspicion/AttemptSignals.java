package dev.orderlens.tracking.domain.suspicion;

import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.CUSTOMER_DISPUTES;
import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.DELIVERED_NEXT_DAY_SAME_ROUTE;
import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.NO_OUT_FOR_DELIVERY_SCAN;
import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.OTHER_PARCEL_DUE_NEXT_DAY;
import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.OUTSIDE_DELIVERY_WINDOW;
import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.SCANNED_FAR_FROM_DESTINATION;
import static dev.orderlens.tracking.domain.suspicion.SuspicionSignal.Kind.SEVERAL_ATTEMPTS_WITHIN_MINUTES;

import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rules, one method per signal, each adding its explanation when it fires. */
final class AttemptSignals {

  private final SuspicionPolicy policy;

  AttemptSignals(SuspicionPolicy policy) {
    this.policy = policy;
  }

  /** Signals about the last of {@code attempts}; {@code events} in time order. */
  List<SuspicionSignal> of(
      List<TrackingEvent> attempts, List<TrackingEvent> events, AttemptContext context) {
    AttemptFacts facts = new AttemptFacts(attempts.get(attempts.size() - 1), context.zone());
    List<SuspicionSignal> signals = new ArrayList<>();
    farFromDestination(facts, context.destination(), signals);
    outsideWindow(facts, context.window(), signals);
    noOutForDeliveryScan(facts, events, signals);
    deliveredNextDay(facts, events, signals);
    severalAttemptsWithinMinutes(attempts, signals);
    otherParcelDueNextDay(facts, context.otherParcelsDue(), signals);
    if (context.customerDisputes()) {
      signals.add(
          signal(
              CUSTOMER_DISPUTES, "The customer says in the ticket that nobody tried to deliver."));
    }
    return signals;
  }

  private void farFromDestination(
      AttemptFacts facts, GeoPoint destination, List<SuspicionSignal> out) {
    TrackingEvent a = facts.attempt();
    if (destination == null || !a.hasPosition()) {
      return;
    }
    double km = new GeoPoint(a.latitude(), a.longitude()).distanceKm(destination);
    if (km > policy.maxDistanceKm()) {
      out.add(
          signal(
              SCANNED_FAR_FROM_DESTINATION,
              String.format(
                  Locale.ROOT,
                  "The attempt was scanned %.1f km from the delivery address (more than %.1f km).",
                  km,
                  policy.maxDistanceKm())));
    }
  }

  private static void outsideWindow(
      AttemptFacts facts, DeliveryWindow window, List<SuspicionSignal> out) {
    if (window != null && !window.contains(facts.time())) {
      out.add(
          signal(
              OUTSIDE_DELIVERY_WINDOW,
              "The attempt was scanned at "
                  + facts.time()
                  + ", outside the delivery window "
                  + window
                  + "."));
    }
  }

  private static void noOutForDeliveryScan(
      AttemptFacts facts, List<TrackingEvent> events, List<SuspicionSignal> out) {
    boolean loaded =
        events.stream()
            .filter(e -> e.status() == TrackingStatus.OUT_FOR_DELIVERY)
            .anyMatch(
                e ->
                    facts.dayOf(e).equals(facts.day())
                        && !e.occurredAt().isAfter(facts.attempt().occurredAt()));
    if (!loaded) {
      out.add(
          signal(
              NO_OUT_FOR_DELIVERY_SCAN,
              "There was no out-for-delivery scan on "
                  + facts.day()
                  + " before the attempt, so the parcel may never have left the depot."));
    }
  }

  private static void deliveredNextDay(
      AttemptFacts facts, List<TrackingEvent> events, List<SuspicionSignal> out) {
    LocalDate nextDay = facts.day().plusDays(1);
    events.stream()
        .filter(e -> e.status() == TrackingStatus.DELIVERED && facts.dayOf(e).equals(nextDay))
        .filter(e -> sameRoute(facts.attempt(), e))
        .findFirst()
        .ifPresent(
            e ->
                out.add(
                    signal(
                        DELIVERED_NEXT_DAY_SAME_ROUTE,
                        "It was delivered the next day ("
                            + nextDay
                            + ")"
                            + (e.location() == null
                                ? ""
                                : " from the same place (" + e.location() + ")")
                            + " without anything changing: the first round may not have reached the door.")));
  }

  /** Same route: the same depot or postcode when both scans name one. */
  private static boolean sameRoute(TrackingEvent attempt, TrackingEvent delivery) {
    boolean samePlace =
        attempt.location() == null
            || delivery.location() == null
            || attempt.location().equalsIgnoreCase(delivery.location());
    boolean samePostcode =
        attempt.postcode() == null
            || delivery.postcode() == null
            || attempt.postcode().equalsIgnoreCase(delivery.postcode());
    return samePlace && samePostcode;
  }

  private void severalAttemptsWithinMinutes(
      List<TrackingEvent> attempts, List<SuspicionSignal> out) {
    for (int i = 1; i < attempts.size(); i++) {
      Duration gap =
          Duration.between(attempts.get(i - 1).occurredAt(), attempts.get(i).occurredAt());
      if (gap.toMinutes() < policy.burstMinutes()) {
        out.add(
            signal(
                SEVERAL_ATTEMPTS_WITHIN_MINUTES,
                "Two attempts were scanned "
                    + gap.toMinutes()
                    + " minutes apart: more like scans at a desk than visits to the door."));
        return;
      }
    }
  }

  private static void otherParcelDueNextDay(
      AttemptFacts facts, List<LocalDate> due, List<SuspicionSignal> out) {
    LocalDate nextDay = facts.day().plusDays(1);
    if (due.contains(nextDay)) {
      out.add(
          signal(
              OTHER_PARCEL_DUE_NEXT_DAY,
              "Another parcel to the same address is due on "
                  + nextDay
                  + ": the driver may have held this one back to deliver both together."));
    }
  }

  private static SuspicionSignal signal(SuspicionSignal.Kind kind, String explanation) {
    return new SuspicionSignal(kind, explanation);
  }

  /** The attempt with its local day and time at the destination. */
  private record AttemptFacts(TrackingEvent attempt, java.time.ZoneId zone) {

    LocalDate day() {
      return dayOf(attempt);
    }

    LocalTime time() {
      return attempt.occurredAt().atZone(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    }

    LocalDate dayOf(TrackingEvent event) {
      return event.occurredAt().atZone(zone).toLocalDate();
    }
  }
}
