package dev.orderlens.intake.infrastructure.chatwoot;

import static dev.orderlens.intake.infrastructure.Fixtures.payload;
import static dev.orderlens.intake.infrastructure.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.intake.domain.HelpdeskDialect.InvalidPayloadException;
import dev.orderlens.intake.domain.InboundEvent;
import dev.orderlens.intake.domain.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatwootDialectTest {

  private static final String TIMESTAMP = "1794993302";
  // { printf '%s.' 1794993302; cat message-created.json; } \
  //   | openssl dgst -sha256 -hmac 'cw-webhook-secret' -hex
  private static final String SIGNATURE =
      "sha256=768a1d7ba81ec0e1da073cf1effbc6484c8d5b99f199ffbc6bb23a325f4b6fb2";
  private static final Instant NOW = Instant.ofEpochSecond(1794993302L + 60);

  private final byte[] body = payload("chatwoot/message-created.json");
  private final ChatwootDialect dialect =
      new ChatwootDialect(new ChatwootWebhookConfig("cw-webhook-secret"));

  private static WebhookRequest signed(byte[] body, String timestamp, String signature) {
    return request(
        body,
        "X-Chatwoot-Signature",
        signature,
        "X-Chatwoot-Timestamp",
        timestamp,
        "X-Chatwoot-Delivery",
        "5f0c9a52-8d3e-4c1b-9a77-0e1d2c3b4a59");
  }

  @Test
  void acceptsTheHexSignatureOverTimestampDotBody() {
    assertTrue(dialect.authentic(signed(body, TIMESTAMP, SIGNATURE), NOW));
  }

  @Test
  void rejectsATimestampOlderThanFiveMinutes() {
    assertFalse(
        dialect.authentic(signed(body, TIMESTAMP, SIGNATURE), NOW.plusSeconds(5 * 60 - 60 + 1)));
  }

  @Test
  void rejectsATamperedBodyAnotherSecretOrNoSecret() {
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("#1001", "#1002").getBytes();
    assertFalse(dialect.authentic(signed(tampered, TIMESTAMP, SIGNATURE), NOW));
    assertFalse(
        new ChatwootDialect(new ChatwootWebhookConfig("other"))
            .authentic(signed(body, TIMESTAMP, SIGNATURE), NOW));
    assertFalse(
        new ChatwootDialect(new ChatwootWebhookConfig(null))
            .authentic(signed(body, TIMESTAMP, SIGNATURE), NOW));
    assertFalse(dialect.authentic(request(body), NOW));
  }

  @Test
  void anIncomingMessageIsEnrichedOnItsConversation() {
    InboundEvent event = dialect.read(signed(body, TIMESTAMP, SIGNATURE));

    assertEquals("5f0c9a52-8d3e-4c1b-9a77-0e1d2c3b4a59", event.eventId());
    assertEquals("57", event.ticket().id());
    assertTrue(event.ticket().body().contains("order #1001"));
    assertEquals("Channel::WebWidget", event.ticket().channel());
    assertEquals(Instant.ofEpochSecond(1794993290L), event.ticket().createdAt());
    assertEquals("anna.rossi@example.com", event.ticket().requester().email());
    assertEquals("Anna Rossi", event.ticket().requester().name());
    assertEquals("+390115550101", event.ticket().requester().phone());
    assertEquals(List.of("shipping"), event.ticket().tags());
    assertFalse(event.causedByOrderlens());
  }

  @Test
  void aNewConversationIsEnrichedWithItsFirstMessageAndMailSubject() {
    InboundEvent event = dialect.read(request(payload("chatwoot/conversation-created.json")));

    assertEquals("58", event.ticket().id());
    assertEquals("Order #1001 damaged", event.ticket().subject());
    assertTrue(event.ticket().body().contains("broken leg"));
    assertEquals("marco@example.com", event.ticket().requester().email());
    assertNull(event.ticket().requester().phone());
    assertFalse(event.causedByOrderlens());
  }

  @Test
  void privateOutgoingTemplateAndOtherEventsAreNotEnriched() {
    assertTrue(
        dialect.read(request(payload("chatwoot/private-note-created.json"))).causedByOrderlens());
    String json = new String(body, StandardCharsets.UTF_8);
    for (String other :
        List.of(
            json.replace("\"message_type\": \"incoming\"", "\"message_type\": \"outgoing\""),
            json.replace("\"message_type\": \"incoming\"", "\"message_type\": \"template\""),
            json.replace(
                "\"private\": false,\n  \"source_id\"", "\"private\": true,\n  \"source_id\""),
            json.replace("\"event\": \"message_created\"", "\"event\": \"message_updated\""))) {
      assertTrue(
          dialect.read(request(other.getBytes(StandardCharsets.UTF_8))).causedByOrderlens(), other);
    }
  }

  @Test
  void contactEventsAreNotTakenForConversations() {
    byte[] contact =
        "{\"event\":\"contact_created\",\"id\":412,\"name\":\"Anna Rossi\"}".getBytes();
    assertThrows(InvalidPayloadException.class, () -> dialect.read(request(contact)));
  }

  @Test
  void aConversationEventWithoutIdIsInvalid() {
    assertThrows(
        InvalidPayloadException.class,
        () -> dialect.read(request("{\"event\":\"conversation_created\"}".getBytes())));
  }
}
