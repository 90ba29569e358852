package dev.orderlens.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lenient, null-safe reads from helpdesk, shop and tracking vendors' JSON: vendors leave fields
 * out, send null, or send numbers as strings, and a missing field must not lose the rest. A missing
 * field, a JSON null, a blank text and a value of another type read as absent; ids may be strings
 * or numbers. The one such reader.
 */
public final class JsonFields {

  private JsonFields() {}

  /** A text, number or boolean at {@code name} as text without surrounding blanks, or null. */
  public static String text(JsonObject object, String name) {
    JsonValue value = object == null ? null : object.get(name);
    if (value == null) {
      return null;
    }
    String text =
        switch (value.getValueType()) {
          case STRING -> ((JsonString) value).getString();
          case NUMBER -> ((JsonNumber) value).toString();
          case TRUE -> "true";
          case FALSE -> "false";
          default -> null;
        };
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The object at a path of keys, or null when any step is missing or not an object. */
  public static JsonObject object(JsonObject root, String... path) {
    JsonObject current = root;
    for (String key : path) {
      if (current == null || !(current.get(key) instanceof JsonObject next)) {
        return null;
      }
      current = next;
    }
    return current;
  }

  /** A number (or numeric text) at {@code name}, or null. */
  public static Double number(JsonObject object, String name) {
    JsonValue value = object == null ? null : object.get(name);
    if (value instanceof JsonNumber n) {
      return n.doubleValue();
    }
    String text = text(object, name);
    try {
      return text == null ? null : Double.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * An ISO-8601 timestamp or unix seconds; one without an offset is read as UTC (vendors send local
   * carrier time without zone; UTC is the least wrong guess), null when absent or unreadable.
   */
  public static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(text));
      } catch (NumberFormatException | java.time.DateTimeException tooLarge) {
        return null;
      }
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException dateOnly) {
        LocalDate date = localDate(text);
        return date == null ? null : date.atStartOfDay().toInstant(ZoneOffset.UTC);
      }
    }
  }

  /** The date part of an ISO date or timestamp, or null. */
  public static LocalDate localDate(String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static JsonArray array(JsonObject object, String name) {
    if (object == null) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    JsonValue value = object.get(name);
    return value != null && value.getValueType() == JsonValue.ValueType.ARRAY
        ? value.asJsonArray()
        : JsonValue.EMPTY_JSON_ARRAY;
  }

  public static List<String> texts(JsonObject object, String name) {
    List<String> out = new ArrayList<>();
    for (JsonValue value : array(object, name)) {
      if (value.getValueType() == JsonValue.ValueType.STRING) {
        out.add(((JsonString) value).getString());
      }
    }
    return out;
  }

  /** A non-blank text field, or a 400 naming the field. */
  public static String required(JsonObject object, String name, String path) {
    String value = text(object, name);
    if (value == null || value.isBlank()) {
      throw ProblemException.badRequest("The field " + path + " is required.");
    }
    return value;
  }
}
