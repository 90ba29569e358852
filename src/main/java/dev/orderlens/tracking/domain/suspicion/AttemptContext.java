package dev.orderlens.tracking.domain.suspicion;

import dev.orderlens.tracking.domain.TrackingEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about a parcel's attempt, supplied by the caller (no lookups here).
 *
 * @param events the shipment's events, any order
 * @param zone the destination's time zone: days and hours as the recipient lives them
 * @param destination the geocoded delivery address, or null
 * @param window the delivery window, or null
 * @param otherParcelsDue due dates of other parcels to the same address
 * @param customerDisputes the customer says in the ticket that nobody tried to deliver
 */
public record AttemptContext(
    List<TrackingEvent> events,
    ZoneId zone,
    GeoPoint destination,
    DeliveryWindow window,
    List<LocalDate> otherParcelsDue,
    boolean customerDisputes) {

  public AttemptContext {
    events = events == null ? List.of() : List.copyOf(events);
    Objects.requireNonNull(zone, "zone");
    otherParcelsDue = otherParcelsDue == null ? List.of() : List.copyOf(otherParcelsDue);
  }

  /** Only the events and the customer's word. */
  public static AttemptContext of(List<TrackingEvent> events, ZoneId zone, boolean disputes) {
    return new AttemptContext(events, zone, null, null, List.of(), disputes);
  }
}
