package dev.orderlens.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Lenient, null-safe reads from helpdesk and vendor JSON: a missing field, a JSON null and a value
 * of another type read as absent; ids may be strings or numbers.
 */
public final class JsonFields {

  private JsonFields() {}

  public static String text(JsonObject object, String name) {
    if (object == null) {
      return null;
    }
    JsonValue value = object.get(name);
    if (value == null) {
      return null;
    }
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).toString();
      case TRUE -> "true";
      case FALSE -> "false";
      default -> null;
    };
  }

  public static JsonObject object(JsonObject object, String name) {
    if (object == null) {
      return null;
    }
    JsonValue value = object.get(name);
    return value != null && value.getValueType() == JsonValue.ValueType.OBJECT
        ? value.asJsonObject()
        : null;
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
