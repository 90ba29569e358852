package dev.orderlens.order.infrastructure.woocommerce;

import static dev.orderlens.platform.JsonFields.array;

import dev.orderlens.platform.JsonFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads WooCommerce {@code meta_data} ({@code [{"id", "key", "value"}]}), where plugins keep what
 * WooCommerce itself has no field for: gift messages, tracking numbers, suppliers. Keys are matched
 * without their leading underscore and case, because plugins differ only in those.
 */
final class WooCommerceMeta {

  private final Map<String, JsonValue> values = new LinkedHashMap<>();

  private WooCommerceMeta(JsonObject owner) {
    for (JsonValue entry : array(owner, "meta_data")) {
      JsonObject meta = entry.asJsonObject();
      String key = JsonFields.text(meta, "key");
      if (key != null && meta.containsKey("value")) {
        values.putIfAbsent(normal(key), meta.get("value"));
      }
    }
  }

  static WooCommerceMeta of(JsonObject owner) {
    return new WooCommerceMeta(owner);
  }

  Optional<JsonValue> value(String key) {
    return Optional.ofNullable(values.get(normal(key)));
  }

  /** The first of these keys with a non-blank text value. */
  String text(String... keys) {
    for (String key : keys) {
      JsonValue value = values.get(normal(key));
      if (value instanceof JsonString s && !s.getString().isBlank()) {
        return s.getString().strip();
      }
      if (value != null && value.getValueType() == JsonValue.ValueType.NUMBER) {
        return value.toString();
      }
    }
    return null;
  }

  /** Every text-valued entry, keys normalised: for gift and dispute markers. */
  Map<String, String> texts() {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          if (value instanceof JsonString s) {
            out.put(key, s.getString());
          } else if (value.getValueType() != JsonValue.ValueType.NULL
              && value.getValueType() != JsonValue.ValueType.ARRAY
              && value.getValueType() != JsonValue.ValueType.OBJECT) {
            out.put(key, value.toString());
          }
        });
    return out;
  }

  static String normal(String key) {
    return key.strip().replaceFirst("^_+", "").toLowerCase(Locale.ROOT).replace(' ', '_');
  }

  static boolean truthy(String value) {
    if (value == null) {
      return false;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    return !v.isEmpty() && !v.equals("0") && !v.equals("no") && !v.equals("false");
  }

  /** A time as plugins write it: Unix seconds, ISO with offset, or an ISO date (UTC midnight). */
  static Instant time(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      if (v.matches("\\d{9,11}")) {
        return Instant.ofEpochSecond(Long.parseLong(v));
      }
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(v).toInstant();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
