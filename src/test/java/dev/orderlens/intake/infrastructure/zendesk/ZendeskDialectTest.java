package dev.orderlens.intake.infrastructure.zendesk;

import static dev.orderlens.intake.infrastructure.Fixtures.payload;
import static dev.orderlens.intake.infrastructure.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.intake.domain.HelpdeskDialect.InvalidPayloadException;
import dev.orderlens.intake.domain.InboundEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZendeskDialectTest {

  private static final String SECRET = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==";
  private static final String TIMESTAMP = "2026-11-20T09:15:03Z";
  // { printf '%s' 2026-11-20T09:15:03Z; cat ticket-created.json; } \
  //   | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
  private static final String SIGNATURE = "xQM9+FGBtZgN2CW+MnCFHbvCgUk/1JU+rU6m4dOrOP0=";
  private static final Instant NOW = Instant.parse("2026-11-20T09:15:04Z");

  private final byte[] body = payload("zendesk/ticket-created.json");
  private final ZendeskDialect dialect =
      new ZendeskDialect(new ZendeskWebhookConfig(SECRET, "orderlens@shop.example"));

  @Test
  void acceptsTheBase64SignatureOverTimestampAndBodyWithoutSeparator() {
    assertTrue(
        dialect.authentic(
            request(
                body,
                "x-zendesk-webhook-signature",
                SIGNATURE,
                "x-zendesk-webhook-signature-timestamp",
                TIMESTAMP),
            NOW));
  }

  @Test
  void rejectsATamperedBodyAnotherTimestampOrNoSecret() {
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("1001", "1002").getBytes();
    assertFalse(dialect.authentic(signed(tampered, TIMESTAMP, SIGNATURE), NOW));
    assertFalse(dialect.authentic(signed(body, "2026-11-20T09:15:04Z", SIGNATURE), NOW));
    assertFalse(
        new ZendeskDialect(new ZendeskWebhookConfig("", null))
            .authentic(signed(body, TIMESTAMP, SIGNATURE), NOW));
    assertFalse(dialect.authentic(request(body), NOW));
  }

  @Test
  void rejectsTheHexFormAndTheDotSeparatedFormOfTheSignature() {
    // { printf '%s' 2026-11-20T09:15:03Z; cat ticket-created.json; } \
    //   | openssl dgst -sha256 -hmac "$SECRET" -hex
    String hex = "c5033df85181b5980dd825be3270851dbbc281493fd4953ead4ea6e1d3ab38fd";
    // { printf '%s.' 2026-11-20T09:15:03Z; cat ticket-created.json; } | openssl ... | base64
    String dotted = "ZsPR/8XHYFjHzMmj/f9JEOVZYq9eUAUPfHTnRJsDpoo=";
    assertFalse(dialect.authentic(signed(body, TIMESTAMP, hex), NOW));
    assertFalse(dialect.authentic(signed(body, TIMESTAMP, dotted), NOW));
  }

  @Test
  void readsTheTicketTheRecommendedTemplateProduces() {
    InboundEvent event =
        dialect.read(request(body, "X-Zendesk-Webhook-Invocation-Id", "8350205582"));

    assertEquals("8350205582", event.eventId());
    assertEquals("35436", event.ticket().id());
    assertEquals("Where is my order #1001?", event.ticket().subject());
    assertTrue(event.ticket().body().contains("order #1001"));
    assertEquals("Mail", event.ticket().channel());
    assertEquals(Instant.parse("2026-11-20T09:15:02Z"), event.ticket().createdAt());
    assertEquals("anna.rossi@example.com", event.ticket().requester().email());
    assertEquals("Anna Rossi", event.ticket().requester().name());
    assertEquals("+39 011 555 0101", event.ticket().requester().phone());
    assertEquals(List.of("vip", "shipping_question"), event.ticket().tags());
    assertFalse(event.causedByOrderlens());
  }

  @Test
  void withoutAnInvocationIdTheSamePayloadGetsTheSameEventId() {
    String first = dialect.read(request(body)).eventId();
    String again = dialect.read(request(body)).eventId();
    String other =
        dialect
            .read(
                request(
                    new String(body, StandardCharsets.UTF_8)
                        .replace(
                            "\"updated_at\": \"2026-11-20T09:15:02Z\"", "\"updated_at\": \"x\"")
                        .getBytes(StandardCharsets.UTF_8)))
            .eventId();
    assertEquals(first, again);
    assertNotEquals(first, other);
  }

  @Test
  void anUpdateByTheApiUserOrOurOwnNoteIsCausedByOrderlens() {
    String json = new String(body, StandardCharsets.UTF_8);
    byte[] byApiUser =
        json.replace(
                "\"current_user\": {\n    \"email\": \"anna.rossi@example.com\"",
                "\"current_user\": {\n    \"email\": \"OrderLens@shop.example\"")
            .getBytes(StandardCharsets.UTF_8);
    byte[] ourNote =
        json.replace(
                "\"latest_comment\": \"Hi,", "\"latest_comment\": \"Orderlens: order context\\nHi,")
            .getBytes(StandardCharsets.UTF_8);

    assertTrue(dialect.read(request(byApiUser)).causedByOrderlens());
    assertTrue(dialect.read(request(ourNote)).causedByOrderlens());
  }

  @Test
  void aPayloadWithoutTicketIdOrWithTheRawPlaceholderIsInvalid() {
    assertThrows(
        InvalidPayloadException.class,
        () -> dialect.read(request("{\"ticket\":{\"title\":\"x\"}}".getBytes())));
    assertThrows(
        InvalidPayloadException.class,
        () -> dialect.read(request("{\"ticket\":{\"id\":\"{{ticket.id}}\"}}".getBytes())));
    assertThrows(InvalidPayloadException.class, () -> dialect.read(request("[1]".getBytes())));
  }

  private static dev.orderlens.intake.domain.WebhookRequest signed(
      byte[] body, String timestamp, String signature) {
    return request(
        body,
        "X-Zendesk-Webhook-Signature",
        signature,
        "X-Zendesk-Webhook-Signature-Timestamp",
        timestamp);
  }
}
