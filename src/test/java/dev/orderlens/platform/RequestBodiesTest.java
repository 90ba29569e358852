package dev.orderlens.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBodyNestedTwoThousandLevelsDeepIsABadRequestThatSaysWhy() {
    byte[] deep = utf8("{\"a\":".repeat(2000) + "1" + "}".repeat(2000));

    ProblemException refused =
        assertThrows(ProblemException.class, () -> RequestBodies.jsonObject(deep));

    assertEquals(400, refused.problem().status());
    assertTrue(refused.problem().detail().contains("deeper than 64"), refused.problem().detail());
  }

  @Test
  void aBodyWithMoreValuesThanTheLimitIsRefused() {
    byte[] many = utf8("{\"a\":[" + "0,".repeat(RequestBodies.MAX_VALUES) + "0]}");

    ProblemException refused =
        assertThrows(ProblemException.class, () -> RequestBodies.jsonObject(many));

    assertTrue(refused.problem().detail().contains("more than"), refused.problem().detail());
  }

  @Test
  void anOrdinaryNestedBodyIsRead() {
    String nested = "{\"a\":".repeat(RequestBodies.MAX_DEPTH - 1) + "1" + "}".repeat(63);

    assertEquals(1, RequestBodies.jsonObject(utf8(nested)).size());
  }

  @Test
  void theCallersOwnRefusalIsUsed() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> RequestBodies.jsonObject(utf8("[1]"), IllegalArgumentException::new));

    assertEquals("The body must be a JSON object.", refused.getMessage());
  }

  @Test
  void brokenJsonIsABadRequest() {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> RequestBodies.jsonObject(utf8("{\"a\":")));

    assertEquals("The body is not valid JSON.", refused.problem().detail());
  }
}
