package dev.orderlens.tracking.infrastructure.seventeentrack;

import static dev.orderlens.platform.JsonFields.number;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads 17TRACK v2.2 payloads: a {@code gettrackinfo} response ({@code data.accepted[]}) or a
 * {@code TRACKING_UPDATED} webhook ({@code data} is the accepted item itself).
 */
public final class SeventeenTrackParser {

  private SeventeenTrackParser() {}

  /** Every accepted number in the payload. */
  public static List<TrackingReport> parse(JsonObject payload) {
    JsonObject data = object(payload, "data");
    if (data == null) {
      return List.of();
    }
    JsonArray accepted = data.getJsonArray("accepted");
    List<JsonObject> items =
        accepted != null ? accepted.getValuesAs(JsonObject.class) : List.of(data);
    return items.stream().map(SeventeenTrackParser::item).flatMap(Optional::stream).toList();
  }

  private static Optional<TrackingReport> item(JsonObject item) {
    JsonObject info = object(item, "track_info");
    String number = text(item, "number");
    if (info == null || number == null) {
      return Optional.empty();
    }
    JsonObject latest = object(info, "latest_status");
    SubStatus current =
        SeventeenTrackStatusMapping.map(
            Optional.ofNullable(text(latest, "sub_status")).orElse(text(latest, "status")));
    List<TrackingEvent> events = new ArrayList<>();
    String carrier = text(item, "carrier");
    JsonObject tracking = object(info, "tracking");
    JsonArray providers = tracking == null ? null : tracking.getJsonArray("providers");
    if (providers != null) {
      for (JsonObject provider : providers.getValuesAs(JsonObject.class)) {
        carrier = Optional.ofNullable(text(object(provider, "provider"), "name")).orElse(carrier);
        JsonArray list = provider.getJsonArray("events");
        if (list != null) {
          list.getValuesAs(JsonObject.class).stream()
              .map(SeventeenTrackParser::event)
              .flatMap(Optional::stream)
              .forEach(events::add);
        }
      }
    }
    return Optional.of(
        new TrackingReport(number, carrier, current.status(), current.code(), events, eta(info)));
  }

  private static Optional<TrackingEvent> event(JsonObject e) {
    Instant at =
        Optional.ofNullable(JsonFields.instant(text(e, "time_utc")))
            .orElse(JsonFields.instant(text(e, "time_iso")));
    if (at == null) {
      return Optional.empty();
    }
    SubStatus s = SeventeenTrackStatusMapping.mapEvent(text(e, "sub_status"), text(e, "stage"));
    JsonObject address = object(e, "address");
    JsonObject coordinates = object(address, "coordinates");
    return Optional.of(
        new TrackingEvent(
            at,
            s.status(),
            s.code(),
            text(e, "description"),
            text(e, "location"),
            text(address, "postal_code"),
            number(coordinates, "latitude"),
            number(coordinates, "longitude")));
  }

  /** The latest date of the estimated window: a promise is kept until its last day. */
  private static LocalDate eta(JsonObject info) {
    JsonObject window = object(info, "time_metrics", "estimated_delivery_date");
    String to = text(window, "to");
    return JsonFields.localDate(to != null ? to : text(window, "from"));
  }
}
