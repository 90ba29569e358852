package dev.orderlens.tracking.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Recorded vendor payloads under {@code src/test/resources/tracking/<vendor>/}. */
public final class Payloads {

  private Payloads() {}

  public static JsonObject load(String path) {
    try (InputStream in = Payloads.class.getResourceAsStream("/tracking/" + path);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
