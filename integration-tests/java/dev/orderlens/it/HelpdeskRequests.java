package dev.orderlens.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Native helpdesk deliveries as each helpdesk sends them: its recorded payload (with a fresh ticket
 * id, so tests stay independent) and its own authenticity headers.
 */
final class HelpdeskRequests {
  static final String ZENDESK_SECRET = "it-zendesk-secret";
  static final String FRESHDESK_SECRET = "it-freshdesk-secret";
  static final String ZAMMAD_TOKEN = "it-zammad-token";
  static final String CHATWOOT_SECRET = "it-chatwoot-secret";
  static final String GORGIAS_SECRET = "it-gorgias-secret";

  private HelpdeskRequests() {}

  static String fixture(String path, String fixtureId, String ticketId) {
    try (InputStream in = HelpdeskRequests.class.getResourceAsStream("/helpdesk/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(fixtureId, ticketId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HttpRequest.Builder zendesk(URI endpoint, String body, String invocationId) {
    String timestamp = TestClock.now().toString();
    return post(endpoint, body)
        .header("X-Zendesk-Webhook-Invocation-Id", invocationId)
        .header("X-Zendesk-Webhook-Signature-Timestamp", timestamp)
        .header(
            "X-Zendesk-Webhook-Signature",
            Base64.getEncoder()
                .encodeToString(hmac("HmacSHA256", ZENDESK_SECRET, timestamp + body)));
  }

  static HttpRequest.Builder freshdesk(URI endpoint, String body) {
    return post(endpoint, body).header("X-Orderlens-Secret", FRESHDESK_SECRET);
  }

  static HttpRequest.Builder zammad(URI endpoint, String body) {
    return post(endpoint, body)
        .header("X-Zammad-Trigger", "Orderlens")
        .header("X-Zammad-Delivery", UUID.randomUUID().toString())
        .header(
            "X-Hub-Signature",
            "sha1=" + HexFormat.of().formatHex(hmac("HmacSHA1", ZAMMAD_TOKEN, body)));
  }

  static HttpRequest.Builder chatwoot(URI endpoint, String body) {
    String timestamp = Long.toString(TestClock.now().getEpochSecond());
    return post(endpoint, body)
        .header("X-Chatwoot-Delivery", UUID.randomUUID().toString())
        .header("X-Chatwoot-Timestamp", timestamp)
        .header(
            "X-Chatwoot-Signature",
            "sha256="
                + HexFormat.of()
                    .formatHex(hmac("HmacSHA256", CHATWOOT_SECRET, timestamp + "." + body)));
  }

  static HttpRequest.Builder gorgias(URI endpoint, String body) {
    return post(endpoint, body).header("X-Orderlens-Secret", GORGIAS_SECRET);
  }

  private static HttpRequest.Builder post(URI endpoint, String body) {
    return HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static byte[] hmac(String algorithm, String secret, String data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
