package dev.orderlens.tracking.infrastructure;

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

/**
 * Lenient reading of vendor JSON: vendors leave fields out, send null, or send numbers as strings,
 * and a missing field must not lose the rest of the parcel's story.
 */
public final class JsonPayloads {

  private JsonPayloads() {}

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

  /** A string (or number written as text) at {@code key}, or null; blank counts as null. */
  public static String text(JsonObject object, String key) {
    JsonValue value = object == null ? null : object.get(key);
    String text =
        value instanceof JsonString s
            ? s.getString()
            : value instanceof JsonNumber n ? n.toString() : null;
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** A number (or numeric string) at {@code key}, or null. */
  public static Double number(JsonObject object, String key) {
    JsonValue value = object == null ? null : object.get(key);
    if (value instanceof JsonNumber n) {
      return n.doubleValue();
    }
    String text = text(object, key);
    try {
      return text == null ? null : Double.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * An ISO-8601 timestamp; one without an offset is read as UTC (vendors send local carrier time
   * without zone; UTC is the least wrong guess), null when absent or unreadable.
   */
  public static Instant instant(String text) {
    if (text == null) {
      return null;
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
}
