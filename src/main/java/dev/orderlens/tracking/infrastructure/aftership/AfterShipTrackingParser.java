package dev.orderlens.tracking.infrastructure.aftership;

import static dev.orderlens.platform.JsonFields.number;
import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.platform.JsonFields;
import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.incident.SubStatus;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads an AfterShip tracking object: the {@code data.tracking} of older API versions, the {@code
 * data} of dated versions (2024-04 on), or the {@code msg} of a {@code tracking_update} webhook.
 */
public final class AfterShipTrackingParser {

  private AfterShipTrackingParser() {}

  public static Optional<TrackingReport> parse(JsonObject payload) {
    JsonObject tracking =
        Stream.of(
                object(payload, "data", "tracking"),
                object(payload, "msg"),
                object(payload, "data"))
            .filter(Objects::nonNull)
            .filter(t -> t.containsKey("tracking_number"))
            .findFirst()
            .orElse(payload.containsKey("tracking_number") ? payload : null);
    if (tracking == null) {
      return Optional.empty();
    }
    SubStatus current = AfterShipStatusMapping.map(text(tracking, "tag"), text(tracking, "subtag"));
    return Optional.of(
        new TrackingReport(
            text(tracking, "tracking_number"),
            text(tracking, "slug"),
            current.status(),
            current.code(),
            events(tracking.getJsonArray("checkpoints")),
            eta(tracking)));
  }

  private static List<TrackingEvent> events(JsonArray checkpoints) {
    List<TrackingEvent> events = new ArrayList<>();
    if (checkpoints == null) {
      return events;
    }
    for (JsonObject c : checkpoints.getValuesAs(JsonObject.class)) {
      Instant at = JsonFields.instant(text(c, "checkpoint_time"));
      if (at == null) {
        continue;
      }
      SubStatus s = AfterShipStatusMapping.map(text(c, "tag"), text(c, "subtag"));
      Double[] position = position(c.get("coordinates"));
      events.add(
          new TrackingEvent(
              at,
              s.status(),
              s.code(),
              text(c, "message"),
              location(c),
              text(c, "zip"),
              position[0],
              position[1]));
    }
    return events;
  }

  /** Coordinates come as {latitude, longitude} or, in older payloads, as [latitude, longitude]. */
  private static Double[] position(JsonValue coordinates) {
    if (coordinates instanceof JsonObject o) {
      return new Double[] {number(o, "latitude"), number(o, "longitude")};
    }
    if (coordinates instanceof JsonArray a && a.size() == 2) {
      return new Double[] {a.getJsonNumber(0).doubleValue(), a.getJsonNumber(1).doubleValue()};
    }
    return new Double[] {null, null};
  }

  private static String location(JsonObject c) {
    String location = text(c, "location");
    if (location != null) {
      return location;
    }
    String city = text(c, "city");
    String country = text(c, "country_iso3");
    return city == null ? country : country == null ? city : city + ", " + country;
  }

  /** The carrier's own estimate first, then the shop's, then AfterShip's prediction. */
  private static LocalDate eta(JsonObject t) {
    return Stream.of(
            text(object(t, "courier_estimated_delivery_date"), "estimated_delivery_date"),
            text(t, "expected_delivery"),
            text(t, "custom_estimated_delivery_date"),
            text(object(t, "aftership_estimated_delivery_date"), "estimated_delivery_date"))
        .map(JsonFields::localDate)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }
}
