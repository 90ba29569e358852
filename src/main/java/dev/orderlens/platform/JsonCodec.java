package dev.orderlens.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * One JSON-B instance for storing domain values (orders, enrichments) as JSON documents and reading
 * them back unchanged, and for every JSON answer (see {@link JsonbResolver}): null values are
 * written as {@code null}, so every documented field is always present.
 */
public final class JsonCodec {
  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private JsonCodec() {}

  static Jsonb jsonb() {
    return JSONB;
  }

  public static String write(Object value) {
    return JSONB.toJson(value);
  }

  public static <T> T read(String json, Class<T> type) {
    return JSONB.fromJson(json, type);
  }
}
