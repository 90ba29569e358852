package dev.orderlens.tracking.domain.schedule;

import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Measures a parcel against its promised date in working days. As the industry does, the clock
 * stops at delivery or at the first delivery attempt, but an attempt the customer disputes does not
 * stop it: a false "recipient absent" scan must not make a late carrier look on time.
 */
public final class DeliveryClock {

  private final WorkingCalendar calendar;
  private final ZoneId zone;

  /**
   * @param zone the destination's time zone: scans are dated as the recipient lives them
   */
  public DeliveryClock(WorkingCalendar calendar, ZoneId zone) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * @param report what the tracking source knows, or null when nothing
   * @param promised the date the shop promised, or null
   * @param today the current date in the destination's zone (from the caller's Clock)
   */
  public DeliveryEstimate estimate(
      TrackingReport report, LocalDate promised, LocalDate today, boolean attemptDisputed) {
    LocalDate stopped = report == null ? null : stopDate(report, attemptDisputed).orElse(null);
    LocalDate eta = stopped != null ? stopped : runningEta(report, promised, today);
    LocalDate reference = stopped != null ? stopped : latest(today, eta);
    Integer delay =
        promised == null ? null : Math.max(0, calendar.workingDaysBetween(promised, reference));
    return new DeliveryEstimate(eta, delay, stopped);
  }

  private Optional<LocalDate> stopDate(TrackingReport report, boolean attemptDisputed) {
    return report.events().stream()
        .filter(e -> e.status() == TrackingStatus.DELIVERED || (e.isAttempt() && !attemptDisputed))
        .map(TrackingEvent::occurredAt)
        .min(Comparator.naturalOrder())
        .map(at -> at.atZone(zone).toLocalDate());
  }

  /** The source's estimate, or the promise; a date already past moves to the next working day. */
  private LocalDate runningEta(TrackingReport report, LocalDate promised, LocalDate today) {
    LocalDate estimate = report != null && report.eta() != null ? report.eta() : promised;
    if (estimate == null) {
      return null;
    }
    return estimate.isBefore(today) ? calendar.plusWorkingDays(today.plusDays(1), 0) : estimate;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return b == null || a.isAfter(b) ? a : b;
  }
}
