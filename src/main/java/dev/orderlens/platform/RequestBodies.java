package dev.orderlens.platform;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads webhook bodies: raw bytes for signature checks, bounded in size, then parsed as JSON. */
public final class RequestBodies {

  private RequestBodies() {}

  /**
   * Reads at most {@code maxBytes}; a longer body is refused with 413 before it is buffered whole.
   */
  public static byte[] readLimited(InputStream in, int maxBytes) {
    try {
      byte[] body = in.readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        throw ProblemException.tooLarge("The body is larger than " + maxBytes + " bytes.");
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a JSON object, or refuses the request with 400. */
  public static JsonObject jsonObject(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw ProblemException.badRequest("The body must be a JSON object.");
      }
      return value.asJsonObject();
    } catch (JsonException | IllegalStateException e) {
      throw ProblemException.badRequest("The body is not valid JSON.");
    }
  }
}
