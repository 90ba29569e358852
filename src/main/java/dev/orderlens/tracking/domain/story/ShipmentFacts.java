package dev.orderlens.tracking.domain.story;

import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.schedule.WorkingCalendar;
import dev.orderlens.tracking.domain.suspicion.DeliveryWindow;
import dev.orderlens.tracking.domain.suspicion.GeoPoint;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the enrichment knows about one parcel when it asks for its story. Only the number, the
 * calendar and the zone are required; everything else may be unknown (null / empty).
 *
 * @param report the tracking source's report, or null when none answered
 * @param promised the date the shop promised, or null
 * @param zone the destination's time zone
 * @param attemptDisputed the customer says in the ticket that nobody tried to deliver
 */
public record ShipmentFacts(
    String trackingNumber,
    TrackingReport report,
    LocalDate promised,
    WorkingCalendar calendar,
    ZoneId zone,
    boolean attemptDisputed,
    GeoPoint destination,
    DeliveryWindow window,
    List<LocalDate> otherParcelsDue) {

  public ShipmentFacts {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(zone, "zone");
    otherParcelsDue = otherParcelsDue == null ? List.of() : List.copyOf(otherParcelsDue);
  }

  /** The usual case: no geocoded address, window or sibling parcels. */
  public static ShipmentFacts of(
      String trackingNumber,
      TrackingReport report,
      LocalDate promised,
      WorkingCalendar calendar,
      ZoneId zone,
      boolean attemptDisputed) {
    return new ShipmentFacts(
        trackingNumber, report, promised, calendar, zone, attemptDisputed, null, null, List.of());
  }
}
