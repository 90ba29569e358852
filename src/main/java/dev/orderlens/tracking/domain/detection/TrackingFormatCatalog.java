package dev.orderlens.tracking.domain.detection;

import static dev.orderlens.platform.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the bundled {@code tracking_number_data} courier files (one JSON per courier) into {@link
 * TrackingFormat}s. The data stays as published, so updating it is a copy, not a code change.
 */
final class TrackingFormatCatalog {

  static final String FOLDER = "/tracking-numbers/";

  /** The courier files of the bundled data set (a WAR cannot list a classpath folder). */
  static final List<String> COURIER_FILES =
      List.of(
          "amazon",
          "canadapost",
          "canpar",
          "dhl",
          "dpd",
          "fedex",
          "gofo",
          "landmark",
          "lasership",
          "old_dominion",
          "ontrac",
          "purolator",
          "s10",
          "speedee",
          "ups",
          "usps",
          "yodel",
          "yunexpress");

  private TrackingFormatCatalog() {}

  static List<TrackingFormat> load() {
    List<TrackingFormat> formats = new ArrayList<>();
    for (String file : COURIER_FILES) {
      JsonObject courier = read(FOLDER + file + ".json");
      for (JsonValue value : courier.getJsonArray("tracking_numbers")) {
        formats.add(toFormat(courier, value.asJsonObject()));
      }
    }
    return List.copyOf(formats);
  }

  static JsonObject read(String resource) {
    try (InputStream in = TrackingFormatCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      try (JsonReader reader = JSON.createReader(in)) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TrackingFormat toFormat(JsonObject courier, JsonObject spec) {
    String name = spec.getString("name");
    String id = spec.getString("id", name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
    JsonObject validation = spec.getJsonObject("validation");
    JsonObject checksum = validation == null ? null : validation.getJsonObject("checksum");
    return new TrackingFormat(
        courier.getString("courier_code"),
        courier.getString("name"),
        id,
        name,
        Pattern.compile(regex(spec.get("regex"))),
        checksum == null ? null : checkDigit(checksum),
        prependIf(validation),
        lookups(spec.getJsonArray("additional")),
        requiredLookups(validation));
  }

  private static String regex(JsonValue regex) {
    if (regex instanceof JsonString single) {
      return single.getString();
    }
    return regex.asJsonArray().getValuesAs(JsonString::getString).stream()
        .collect(Collectors.joining());
  }

  static CheckDigitRule checkDigit(JsonObject checksum) {
    String algorithm = checksum.getString("name");
    return switch (algorithm) {
      case "mod10" ->
          CheckDigits.mod10(
              checksum.getInt("evens_multiplier", 1),
              checksum.getInt("odds_multiplier", 1),
              checksum.getBoolean("reverse", false));
      case "mod7" -> CheckDigits.mod7();
      case "s10" -> CheckDigits.s10(ints(checksum.getJsonArray("weightings")));
      case "luhn" -> CheckDigits.luhn();
      case "mod_37_36" ->
          CheckDigits.mod3736(
              checksum.getString("alphabet", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
      case "sum_product_with_weightings_and_modulo" ->
          CheckDigits.sumProduct(
              ints(checksum.getJsonArray("weightings")),
              checksum.getInt("modulo1"),
              checksum.getInt("modulo2"));
      default -> throw new IllegalArgumentException("unknown checksum " + algorithm);
    };
  }

  private static TrackingFormat.PrependIf prependIf(JsonObject validation) {
    JsonObject format =
        validation == null ? null : validation.getJsonObject("serial_number_format");
    JsonObject rule = format == null ? null : format.getJsonObject("prepend_if");
    return rule == null
        ? null
        : new TrackingFormat.PrependIf(
            Pattern.compile(rule.getString("matches_regex")), rule.getString("content"));
  }

  private static List<SerialLookup> lookups(JsonArray additional) {
    if (additional == null) {
      return List.of();
    }
    return additional.getValuesAs(JsonObject.class).stream()
        .map(
            a ->
                new SerialLookup(
                    a.getString("name"),
                    a.getString("regex_group_name"),
                    a.getJsonArray("lookup").getValuesAs(JsonObject.class).stream()
                        .map(TrackingFormatCatalog::entry)
                        .toList()))
        .toList();
  }

  private static SerialLookup.Entry entry(JsonObject row) {
    String label = row.getString("courier", row.getString("name", row.getString("country", "")));
    if (row.containsKey("matches_regex")) {
      return new SerialLookup.Entry(null, Pattern.compile(row.getString("matches_regex")), label);
    }
    return new SerialLookup.Entry(row.getString("matches", ""), null, label);
  }

  private static Set<String> requiredLookups(JsonObject validation) {
    JsonObject additional = validation == null ? null : validation.getJsonObject("additional");
    JsonArray exists = additional == null ? null : additional.getJsonArray("exists");
    return exists == null ? Set.of() : Set.copyOf(exists.getValuesAs(JsonString::getString));
  }

  private static List<Integer> ints(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonNumber.class).stream()
        .map(jakarta.json.JsonNumber::intValue)
        .toList();
  }
}
