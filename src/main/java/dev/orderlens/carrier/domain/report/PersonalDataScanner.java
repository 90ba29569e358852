package dev.orderlens.carrier.domain.report;

import static dev.orderlens.platform.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Last line of defence before a report leaves: finds e-mail addresses, phone numbers, street
 * addresses, full postcodes and known customer names in a report's JSON (or any text, such as the
 * admin CSV). Names come from a deny-list of the shop's customers, matched as whole words without
 * regard to case or accents: the full name and every part of four letters or more. A field named
 * like a postcode may hold at most three characters. Values of {@code trackingNumber} are not
 * checked for phone shapes, because many tracking numbers are long digit runs. Findings name the
 * kind and the JSON path, never the value, so a finding can be logged safely.
 */
public final class PersonalDataScanner {

  /** What was found. */
  public enum Kind {
    EMAIL,
    PHONE,
    STREET_ADDRESS,
    FULL_POSTCODE,
    CUSTOMER_NAME
  }

  /** One piece of personal data at a path such as {@code $.incidents[0].signals[1]}. */
  public record Finding(Kind kind, String path) {}

  private static final Pattern POSTCODE_KEY = Pattern.compile("(?i).*(postcode|postal|zip).*");

  private final List<Pattern> names;

  public PersonalDataScanner(Collection<String> knownCustomerNames) {
    List<Pattern> patterns = new ArrayList<>();
    for (String name : knownCustomerNames) {
      String folded = fold(name).strip();
      if (!folded.isEmpty()) {
        patterns.add(
            word(
                Arrays.stream(folded.split("\\s+"))
                    .map(Pattern::quote)
                    .collect(Collectors.joining("\\s+"))));
      }
      for (String part : folded.split("[\\s-]+")) {
        if (part.length() >= 4) {
          patterns.add(word(Pattern.quote(part)));
        }
      }
    }
    this.names = List.copyOf(patterns);
  }

  /** Personal data in a JSON document, in document order. */
  public List<Finding> findings(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      List<Finding> out = new ArrayList<>();
      walk(reader.readValue(), "$", null, out);
      return out;
    }
  }

  /** Personal data in plain text (one finding per kind, path {@code text}). */
  public List<Finding> findingsInText(String text) {
    List<Finding> out = new ArrayList<>();
    check(text, "text", null, out);
    return out;
  }

  private void walk(JsonValue value, String path, String key, List<Finding> out) {
    switch (value.getValueType()) {
      case OBJECT -> {
        for (var e : ((JsonObject) value).entrySet()) {
          check(e.getKey(), path + ".<key>", null, out);
          walk(e.getValue(), path + "." + e.getKey(), e.getKey(), out);
        }
      }
      case ARRAY -> {
        JsonArray array = (JsonArray) value;
        for (int i = 0; i < array.size(); i++) {
          walk(array.get(i), path + "[" + i + "]", key, out);
        }
      }
      case STRING -> check(((JsonString) value).getString(), path, key, out);
      default -> {}
    }
  }

  private void check(String value, String path, String key, List<Finding> out) {
    add(out, Kind.EMAIL, path, PersonalDataPatterns.EMAIL.matcher(value).find());
    boolean trackingNumber = "trackingNumber".equals(key);
    add(out, Kind.PHONE, path, !trackingNumber && PersonalDataPatterns.PHONE.matcher(value).find());
    add(out, Kind.STREET_ADDRESS, path, anyFinds(PersonalDataPatterns.STREET_ADDRESSES, value));
    boolean postcodeField =
        key != null
            && POSTCODE_KEY.matcher(key).matches()
            && value.replaceAll("\\s", "").length() > 3;
    add(
        out,
        Kind.FULL_POSTCODE,
        path,
        postcodeField || anyFinds(PersonalDataPatterns.FULL_POSTCODES, value));
    add(out, Kind.CUSTOMER_NAME, path, anyFinds(names, fold(value)));
  }

  private static boolean anyFinds(List<Pattern> patterns, String value) {
    return patterns.stream().anyMatch(p -> p.matcher(value).find());
  }

  private static void add(List<Finding> out, Kind kind, String path, boolean found) {
    if (found) {
      out.add(new Finding(kind, path));
    }
  }

  private static Pattern word(String regex) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])");
  }

  private static String fold(String text) {
    String lower = Objects.requireNonNull(text).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
