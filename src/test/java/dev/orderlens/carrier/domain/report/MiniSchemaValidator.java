package dev.orderlens.carrier.domain.report;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The subset of JSON Schema 2020-12 the report schema uses ($ref to $defs, type, const, enum,
 * pattern, minLength, minimum, maximum, required, properties, additionalProperties false, items),
 * so the tests check reports against the real schema file without another dependency.
 */
final class MiniSchemaValidator {

  private final JsonObject root;

  MiniSchemaValidator(String resource) {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      this.root = Json.createReader(in).readObject();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read " + resource, e);
    }
  }

  /** Violations as "path: rule"; empty when valid. */
  List<String> violations(String json) {
    List<String> out = new ArrayList<>();
    validate(Json.createReader(new StringReader(json)).readValue(), root, "$", out);
    return out;
  }

  private void validate(JsonValue v, JsonObject s, String path, List<String> out) {
    if (s.containsKey("$ref")) {
      String name = s.getString("$ref").substring("#/$defs/".length());
      validate(v, root.getJsonObject("$defs").getJsonObject(name), path, out);
    }
    if (s.containsKey("type") && !typeMatches(v, s.get("type"))) {
      out.add(path + ": type " + s.get("type"));
      return;
    }
    if (s.containsKey("const") && !s.get("const").equals(v)) {
      out.add(path + ": const");
    }
    if (s.containsKey("enum") && !s.getJsonArray("enum").contains(v)) {
      out.add(path + ": enum");
    }
    if (v instanceof JsonString str) {
      if (s.containsKey("pattern") && !str.getString().matches(".*(" + pattern(s) + ").*")) {
        out.add(path + ": pattern");
      }
      if (s.containsKey("minLength") && str.getString().length() < s.getInt("minLength")) {
        out.add(path + ": minLength");
      }
    }
    if (v instanceof JsonNumber n) {
      if (s.containsKey("minimum") && n.doubleValue() < s.getJsonNumber("minimum").doubleValue()) {
        out.add(path + ": minimum");
      }
      if (s.containsKey("maximum") && n.doubleValue() > s.getJsonNumber("maximum").doubleValue()) {
        out.add(path + ": maximum");
      }
    }
    if (v instanceof JsonObject o) {
      JsonObject props = s.containsKey("properties") ? s.getJsonObject("properties") : null;
      if (s.containsKey("required")) {
        s.getJsonArray("required").getValuesAs(JsonString.class).stream()
            .filter(r -> !o.containsKey(r.getString()))
            .forEach(r -> out.add(path + ": required " + r.getString()));
      }
      for (String key : o.keySet()) {
        if (props != null && props.containsKey(key)) {
          validate(o.get(key), props.getJsonObject(key), path + "." + key, out);
        } else if (s.containsKey("additionalProperties")
            && s.get("additionalProperties") == JsonValue.FALSE) {
          out.add(path + ": additional property " + key);
        }
      }
    }
    if (v instanceof JsonArray a && s.containsKey("items")) {
      for (int i = 0; i < a.size(); i++) {
        validate(a.get(i), s.getJsonObject("items"), path + "[" + i + "]", out);
      }
    }
  }

  private static String pattern(JsonObject s) {
    return s.getString("pattern");
  }

  private static boolean typeMatches(JsonValue v, JsonValue type) {
    if (type instanceof JsonArray types) {
      return types.getValuesAs(JsonString.class).stream()
          .anyMatch(t -> typeMatches(v, t.getString()));
    }
    return typeMatches(v, ((JsonString) type).getString());
  }

  private static boolean typeMatches(JsonValue v, String type) {
    return switch (type) {
      case "object" -> v.getValueType() == JsonValue.ValueType.OBJECT;
      case "array" -> v.getValueType() == JsonValue.ValueType.ARRAY;
      case "string" -> v.getValueType() == JsonValue.ValueType.STRING;
      case "number" -> v.getValueType() == JsonValue.ValueType.NUMBER;
      case "integer" -> v instanceof JsonNumber n && n.isIntegral();
      case "null" -> v.getValueType() == JsonValue.ValueType.NULL;
      default -> false;
    };
  }
}
