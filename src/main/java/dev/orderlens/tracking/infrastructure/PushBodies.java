package dev.orderlens.tracking.infrastructure;

import dev.orderlens.tracking.domain.TrackingPush.PushRefusedException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;

/** Reads a pushed body as a JSON object, refusing anything else as a bad body. */
public final class PushBodies {

  private PushBodies() {}

  public static JsonObject object(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new PushRefusedException(
            PushRefusedException.Reason.BODY, "The body must be a JSON object.");
      }
      return value.asJsonObject();
    } catch (JsonException | IllegalStateException e) {
      throw new PushRefusedException(
          PushRefusedException.Reason.BODY, "The body is not valid JSON.");
    }
  }
}
