package dev.orderlens.intake.infrastructure;

import dev.orderlens.intake.domain.WebhookRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Recorded vendor payloads from {@code src/test/resources/helpdesk/}, and requests around them. */
public final class Fixtures {
  private Fixtures() {}

  public static byte[] payload(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/helpdesk/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request with the body and header name/value pairs. */
  public static WebhookRequest request(byte[] body, String... headerPairs) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.put(headerPairs[i], headerPairs[i + 1]);
    }
    return new WebhookRequest(headers, body);
  }
}
