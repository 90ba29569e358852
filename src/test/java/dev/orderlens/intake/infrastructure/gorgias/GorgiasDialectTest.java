package dev.orderlens.intake.infrastructure.gorgias;

import static dev.orderlens.intake.infrastructure.Fixtures.payload;
import static dev.orderlens.intake.infrastructure.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.intake.domain.HelpdeskDialect.InvalidPayloadException;
import dev.orderlens.intake.domain.InboundEvent;
import dev.orderlens.intake.infrastructure.SharedSecret;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GorgiasDialectTest {

  private static final Instant NOW = Instant.parse("2026-11-20T09:15:04Z");
  private final byte[] body = payload("gorgias/ticket-message-created.json");
  private final GorgiasDialect dialect =
      new GorgiasDialect(
          new GorgiasWebhookConfig(
              SharedSecret.header("g0rgias-secret"), "orderlens@myshop.example"));

  @Test
  void acceptsOnlyTheConfiguredSecretHeader() {
    assertTrue(dialect.authentic(request(body, "X-Orderlens-Secret", "g0rgias-secret"), NOW));
    assertFalse(dialect.authentic(request(body, "X-Orderlens-Secret", "g0rgias-secreT"), NOW));
    assertFalse(dialect.authentic(request(body, "X-Orderlens-Secret", "g0rgias-secret2"), NOW));
    assertFalse(dialect.authentic(request(body), NOW));
  }

  @Test
  void withoutASecretNothingIsAuthentic() {
    GorgiasDialect open = new GorgiasDialect(new GorgiasWebhookConfig(null, null));
    assertFalse(open.authentic(request(body, "X-Orderlens-Secret", "anything"), NOW));
  }

  @Test
  void readsTheRecommendedTemplate() {
    InboundEvent event = dialect.read(request(body));

    assertEquals("24113", event.ticket().id());
    assertEquals("Refund for order #1001?", event.ticket().subject());
    assertTrue(event.ticket().body().contains("order #1001"));
    assertEquals("email", event.ticket().channel());
    assertEquals(Instant.parse("2026-11-20T09:15:02.123456Z"), event.ticket().createdAt());
    assertEquals("anna.rossi@example.com", event.ticket().requester().email());
    assertEquals("Anna Rossi", event.ticket().requester().name());
    assertEquals(List.of("refund", "vip"), event.ticket().tags());
    assertFalse(event.causedByOrderlens());
  }

  @Test
  void theSameDeliveryIsTheSameEventAndAnotherMessageIsNot() {
    String first = dialect.read(request(body)).eventId();
    assertEquals(first, dialect.read(request(body.clone())).eventId());
    assertNotEquals(
        first, dialect.read(request(payload("gorgias/orderlens-note-created.json"))).eventId());
  }

  @Test
  void anInternalNoteByTheApiUserIsCausedByOrderlens() {
    assertTrue(
        dialect.read(request(payload("gorgias/orderlens-note-created.json"))).causedByOrderlens());
  }

  @Test
  void aTicketIdTheTemplateLeftUnexpandedIsInvalid() {
    assertThrows(
        InvalidPayloadException.class,
        () -> dialect.read(request("{\"ticket\":{\"id\":\"{{ticket.id}}\"}}".getBytes())));
  }
}
