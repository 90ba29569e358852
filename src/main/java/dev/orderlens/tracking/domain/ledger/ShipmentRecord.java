package dev.orderlens.tracking.domain.ledger;

import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.schedule.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A followed parcel as carrier scoring counts it: who carried it, where to (postcode prefix and
 * country only), the promise, when it left, the first delivery attempt, the delivery and the
 * working days in transit. It keeps nothing that identifies a person, so it may be kept for as long
 * as scoring needs it. Milestones are derived from the events, so a late or repeated report never
 * moves them the wrong way.
 *
 * @param firstAttemptAt the first delivery attempt, failed or successful
 * @param attemptDisputed once a customer said nobody tried to deliver, it stays said
 * @param transitWorkingDays working days from leaving to delivery, only once delivered
 */
public record ShipmentRecord(
    String carrier,
    String trackingNumber,
    String service,
    String store,
    String orderNumber,
    String destinationPostcodePrefix,
    String destinationCountry,
    LocalDate promisedDate,
    Instant shippedAt,
    Instant firstAttemptAt,
    boolean attemptDisputed,
    Instant deliveredAt,
    TrackingStatus status,
    String subStatus,
    Integer transitWorkingDays,
    List<TrackingEvent> events) {

  /** Statuses that do not show the parcel leaving: a delivery alone does not say when it left. */
  private static final Set<TrackingStatus> NOT_A_DEPARTURE =
      Set.of(
          TrackingStatus.PENDING,
          TrackingStatus.INFO_RECEIVED,
          TrackingStatus.UNKNOWN,
          TrackingStatus.DELIVERED);

  public ShipmentRecord {
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    status = status == null ? TrackingStatus.UNKNOWN : status;
    events =
        events == null
            ? List.of()
            : events.stream().sorted(Comparator.comparing(TrackingEvent::occurredAt)).toList();
  }

  /** A parcel seen for the first time, before any report is applied. */
  public static ShipmentRecord first(
      String carrier,
      String trackingNumber,
      String store,
      String orderNumber,
      String destinationPostcode,
      String destinationCountry,
      LocalDate promisedDate,
      boolean attemptDisputed) {
    return new ShipmentRecord(
        carrier,
        trackingNumber,
        null,
        store,
        orderNumber,
        PostcodePrefix.textOf(destinationPostcode),
        destinationCountry,
        promisedDate,
        null,
        null,
        attemptDisputed,
        null,
        TrackingStatus.UNKNOWN,
        null,
        null,
        List.of());
  }

  /**
   * This record with a report's news: its status, its events added to those known (an event seen
   * twice is kept once, its postcode cut to a prefix) and the milestones derived again.
   *
   * @param zone the zone in which transit days are counted
   */
  public ShipmentRecord withReport(
      TrackingReport report, String reportedService, WorkingCalendar calendar, ZoneId zone) {
    Map<String, TrackingEvent> merged = new LinkedHashMap<>();
    List<TrackingEvent> incoming = report == null ? List.of() : report.events();
    for (TrackingEvent e : concat(events, incoming)) {
      merged.putIfAbsent(e.occurredAt() + "|" + e.status(), anonymised(e));
    }
    List<TrackingEvent> all =
        merged.values().stream().sorted(Comparator.comparing(TrackingEvent::occurredAt)).toList();
    Instant shipped = firstAt(all, e -> !NOT_A_DEPARTURE.contains(e.status()));
    Instant attempt =
        firstAt(
            all,
            e ->
                e.status() == TrackingStatus.ATTEMPT_FAIL
                    || e.status() == TrackingStatus.DELIVERED);
    Instant delivered = firstAt(all, e -> e.status() == TrackingStatus.DELIVERED);
    Integer transit =
        shipped == null || delivered == null
            ? null
            : calendar.workingDaysBetween(
                LocalDate.ofInstant(shipped, zone), LocalDate.ofInstant(delivered, zone));
    return new ShipmentRecord(
        carrier,
        trackingNumber,
        reportedService != null ? reportedService : service,
        store,
        orderNumber,
        destinationPostcodePrefix,
        destinationCountry,
        promisedDate,
        shipped,
        attempt,
        attemptDisputed,
        delivered,
        report == null ? status : report.status(),
        report == null ? subStatus : report.subStatus(),
        transit,
        all);
  }

  /** Context a later sighting knows and this record does not (a webhook knows no order). */
  public ShipmentRecord completedBy(ShipmentRecord newer) {
    return new ShipmentRecord(
        carrier,
        trackingNumber,
        service,
        or(newer.store, store),
        or(newer.orderNumber, orderNumber),
        or(newer.destinationPostcodePrefix, destinationPostcodePrefix),
        or(newer.destinationCountry, destinationCountry),
        or(newer.promisedDate, promisedDate),
        shippedAt,
        firstAttemptAt,
        attemptDisputed || newer.attemptDisputed,
        deliveredAt,
        status,
        subStatus,
        transitWorkingDays,
        events);
  }

  private static <T> T or(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static TrackingEvent anonymised(TrackingEvent e) {
    return new TrackingEvent(
        e.occurredAt(),
        e.status(),
        e.subStatus(),
        EventText.withoutReceiver(e.description()),
        e.location(),
        PostcodePrefix.textOf(e.postcode()),
        null,
        null);
  }

  private static List<TrackingEvent> concat(List<TrackingEvent> a, List<TrackingEvent> b) {
    List<TrackingEvent> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Instant firstAt(List<TrackingEvent> events, Predicate<TrackingEvent> which) {
    return events.stream().filter(which).findFirst().map(TrackingEvent::occurredAt).orElse(null);
  }
}
