package dev.orderlens.tracking.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a tracking source knows about one parcel: who carries it, its events in time order and the
 * carrier's own estimate. The vendor adapters translate their payloads into this and nothing else.
 *
 * @param carrier the source's carrier code (e.g. AfterShip slug, 17TRACK carrier name, DHL
 *     service), or null when the source does not say
 * @param status the source's current status; when null, the last event's
 * @param eta the carrier's or source's estimated delivery date, or null
 */
public record TrackingReport(
    String trackingNumber,
    String carrier,
    TrackingStatus status,
    String subStatus,
    List<TrackingEvent> events,
    LocalDate eta) {

  public TrackingReport {
    events =
        events == null
            ? List.of()
            : events.stream().sorted(Comparator.comparing(TrackingEvent::occurredAt)).toList();
    if (status == null) {
      status = events.isEmpty() ? TrackingStatus.UNKNOWN : events.get(events.size() - 1).status();
    }
  }

  public Optional<TrackingEvent> lastEvent() {
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
  }

  public List<TrackingEvent> attempts() {
    return events.stream().filter(TrackingEvent::isAttempt).toList();
  }
}
