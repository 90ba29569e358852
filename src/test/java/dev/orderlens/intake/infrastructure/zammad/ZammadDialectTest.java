package dev.orderlens.intake.infrastructure.zammad;

import static dev.orderlens.intake.infrastructure.Fixtures.payload;
import static dev.orderlens.intake.infrastructure.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.intake.domain.HelpdeskDialect.InvalidPayloadException;
import dev.orderlens.intake.domain.InboundEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZammadDialectTest {

  private static final Instant NOW = Instant.parse("2026-11-20T09:15:04Z");
  // openssl dgst -sha1 -hmac 'zammad-hmac-token' ticket-article-created.json
  private static final String SIGNATURE = "sha1=8a5040d760749991c788ea6e24f95bf4a06dce23";

  private final byte[] body = payload("zammad/ticket-article-created.json");
  private final ZammadDialect dialect =
      new ZammadDialect(new ZammadWebhookConfig("zammad-hmac-token", "orderlens"));

  @Test
  void acceptsTheHexHmacSha1OfTheRawBody() {
    assertTrue(dialect.authentic(request(body, "X-Hub-Signature", SIGNATURE), NOW));
    assertTrue(dialect.authentic(request(body, "x-hub-signature", SIGNATURE.toUpperCase()), NOW));
  }

  @Test
  void rejectsATamperedBodyAMissingPrefixOrAnotherToken() {
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("#1001", "#1002").getBytes();
    assertFalse(dialect.authentic(request(tampered, "X-Hub-Signature", SIGNATURE), NOW));
    assertFalse(dialect.authentic(request(body, "X-Hub-Signature", SIGNATURE.substring(5)), NOW));
    assertFalse(
        new ZammadDialect(new ZammadWebhookConfig("other", null))
            .authentic(request(body, "X-Hub-Signature", SIGNATURE), NOW));
    assertFalse(
        new ZammadDialect(new ZammadWebhookConfig(null, null))
            .authentic(request(body, "X-Hub-Signature", SIGNATURE), NOW));
    assertFalse(dialect.authentic(request(body), NOW));
  }

  @Test
  void readsTheDefaultTicketAndArticlePayload() {
    InboundEvent event =
        dialect.read(request(body, "X-Zammad-Delivery", "c9b1d4a0-5b8e-4f9a-9d1c-2f0e7b6a4c11"));

    assertEquals("c9b1d4a0-5b8e-4f9a-9d1c-2f0e7b6a4c11", event.eventId());
    assertEquals("8", event.ticket().id());
    assertEquals("Order #1001 not delivered", event.ticket().subject());
    assertEquals("Hello, my order #1001 has not arrived yet.", event.ticket().body());
    assertEquals("email", event.ticket().channel());
    assertEquals(Instant.parse("2026-11-20T09:15:02.123Z"), event.ticket().createdAt());
    assertEquals("anna.rossi@example.com", event.ticket().requester().email());
    assertEquals("Anna Rossi", event.ticket().requester().name());
    assertEquals("+39 333 555 0101", event.ticket().requester().phone());
    assertEquals(List.of("vip"), event.ticket().tags());
    assertFalse(event.causedByOrderlens());
  }

  @Test
  void anInternalNoteByTheApiUserIsCausedByOrderlens() {
    InboundEvent event = dialect.read(request(payload("zammad/orderlens-note-created.json")));
    assertTrue(event.causedByOrderlens());

    ZammadDialect withoutApiUser = new ZammadDialect(new ZammadWebhookConfig("t", ""));
    assertFalse(
        withoutApiUser
            .read(request(payload("zammad/orderlens-note-created.json")))
            .causedByOrderlens());
  }

  @Test
  void anArticleCarryingOurMarkerIsCausedByOrderlensWhoeverWroteIt() {
    byte[] marked =
        new String(body, StandardCharsets.UTF_8)
            .replace("\"body\": \"Hello,", "\"body\": \"<!-- orderlens --><p>Hello,")
            .getBytes(StandardCharsets.UTF_8);
    assertTrue(dialect.read(request(marked)).causedByOrderlens());
  }

  @Test
  void withoutDeliveryIdTheSameBodyIsTheSameEvent() {
    assertEquals(dialect.read(request(body)).eventId(), dialect.read(request(body)).eventId());
  }

  @Test
  void aPayloadWithoutTicketIsInvalid() {
    assertThrows(
        InvalidPayloadException.class, () -> dialect.read(request("{\"article\":{}}".getBytes())));
  }
}
