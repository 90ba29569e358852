package dev.orderlens.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

  private static JsonObject json(String text) {
    return Jsons.JSON.createReader(new StringReader(text)).readObject();
  }

  @Test
  void blankNullMissingAndOtherTypesReadAsAbsent() {
    JsonObject o = json("{\"blank\":\"  \",\"nothing\":null,\"list\":[1],\"obj\":{}}");

    assertNull(JsonFields.text(o, "blank"));
    assertNull(JsonFields.text(o, "nothing"));
    assertNull(JsonFields.text(o, "missing"));
    assertNull(JsonFields.text(o, "list"));
    assertNull(JsonFields.text(o, "obj"));
    assertNull(JsonFields.text(null, "any"));
  }

  @Test
  void idsMayBeNumbersAndTextLosesItsSurroundingBlanks() {
    JsonObject o = json("{\"id\":4711,\"name\":\" Anna \",\"vip\":true}");

    assertEquals("4711", JsonFields.text(o, "id"));
    assertEquals("Anna", JsonFields.text(o, "name"));
    assertEquals("true", JsonFields.text(o, "vip"));
  }

  @Test
  void objectsAreFoundAlongAPathAndAMissingStepIsAbsent() {
    JsonObject o = json("{\"data\":{\"track\":{\"no\":\"1Z\"}}}");

    assertEquals("1Z", JsonFields.text(JsonFields.object(o, "data", "track"), "no"));
    assertNull(JsonFields.object(o, "data", "nowhere", "track"));
  }

  @Test
  void numbersMayArriveAsText() {
    JsonObject o = json("{\"a\":2.5,\"b\":\"3\",\"c\":\"three\"}");

    assertEquals(2.5, JsonFields.number(o, "a"));
    assertEquals(3.0, JsonFields.number(o, "b"));
    assertNull(JsonFields.number(o, "c"));
  }

  @Test
  void aTimestampWithoutOffsetIsReadAsUtc() {
    assertEquals(Instant.parse("2026-03-02T10:00:00Z"), JsonFields.instant("2026-03-02T10:00:00"));
    assertEquals(
        Instant.parse("2026-03-02T09:00:00Z"), JsonFields.instant("2026-03-02T10:00:00+01:00"));
    assertEquals(Instant.parse("2026-03-02T00:00:00Z"), JsonFields.instant("2026-03-02"));
    assertEquals(Instant.parse("2026-03-02T10:00:00Z"), JsonFields.instant("1772445600"));
    assertNull(JsonFields.instant("yesterday"));
    assertNull(JsonFields.instant("99999999999999999999"));
  }
}
