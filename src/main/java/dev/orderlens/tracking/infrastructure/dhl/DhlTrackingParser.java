package dev.orderlens.tracking.infrastructure.dhl;

import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.platform.JsonFields;
import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.incident.SubStatus;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads DHL Unified tracking payloads: {@code {"shipments": [...]}} from {@code GET
 * /track/shipments} and from push notifications, or a single shipment object.
 */
public final class DhlTrackingParser {

  private DhlTrackingParser() {}

  public static List<TrackingReport> parse(JsonObject payload) {
    JsonArray shipments = payload.getJsonArray("shipments");
    List<JsonObject> items =
        shipments != null ? shipments.getValuesAs(JsonObject.class) : List.of(payload);
    return items.stream()
        .filter(s -> text(s, "id") != null)
        .map(DhlTrackingParser::shipment)
        .toList();
  }

  private static TrackingReport shipment(JsonObject s) {
    JsonObject status = object(s, "status");
    SubStatus current =
        DhlStatusMapping.map(
            text(status, "statusCode"), text(status, "status"), text(status, "description"));
    JsonArray events = s.getJsonArray("events");
    List<TrackingEvent> list =
        events == null
            ? List.of()
            : events.getValuesAs(JsonObject.class).stream()
                .map(DhlTrackingParser::event)
                .flatMap(Optional::stream)
                .toList();
    return new TrackingReport(
        text(s, "id"), text(s, "service"), current.status(), current.code(), list, eta(s));
  }

  /** DHL's events carry an address but no coordinates. */
  private static Optional<TrackingEvent> event(JsonObject e) {
    Instant at = JsonFields.instant(text(e, "timestamp"));
    if (at == null) {
      return Optional.empty();
    }
    SubStatus s =
        DhlStatusMapping.map(text(e, "statusCode"), text(e, "status"), text(e, "description"));
    JsonObject address = object(e, "location", "address");
    String description = Optional.ofNullable(text(e, "description")).orElse(text(e, "status"));
    return Optional.of(
        new TrackingEvent(
            at,
            s.status(),
            s.code(),
            description,
            text(address, "addressLocality"),
            text(address, "postalCode"),
            null,
            null));
  }

  /** DHL's single estimate, else the end of its estimated time frame. */
  private static LocalDate eta(JsonObject s) {
    String single = text(s, "estimatedTimeOfDelivery");
    return JsonFields.localDate(
        single != null
            ? single
            : text(object(s, "estimatedDeliveryTimeFrame"), "estimatedThrough"));
  }
}
