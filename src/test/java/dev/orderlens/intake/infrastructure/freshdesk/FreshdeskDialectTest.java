package dev.orderlens.intake.infrastructure.freshdesk;

import static dev.orderlens.intake.infrastructure.Fixtures.payload;
import static dev.orderlens.intake.infrastructure.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.intake.domain.HelpdeskDialect.InvalidPayloadException;
import dev.orderlens.intake.domain.InboundEvent;
import dev.orderlens.intake.infrastructure.SharedSecret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreshdeskDialectTest {

  private static final Instant NOW = Instant.parse("2026-11-20T09:15:04Z");
  private final byte[] body = payload("freshdesk/ticket-created.json");
  private final FreshdeskDialect dialect =
      new FreshdeskDialect(new SharedSecret(null, "s3cret-value", "orderlens", "b4sic-pass"));

  @Test
  void acceptsTheSecretHeaderUnderTheDefaultName() {
    assertTrue(dialect.authentic(request(body, "x-orderlens-secret", "s3cret-value"), NOW));
    assertFalse(dialect.authentic(request(body, "X-Orderlens-Secret", "s3cret-valuE"), NOW));
    assertFalse(dialect.authentic(request(body, "X-Other", "s3cret-value"), NOW));
  }

  @Test
  void acceptsTheConfiguredBasicCredentials() {
    // printf '%s' 'orderlens:b4sic-pass' | base64
    assertTrue(
        dialect.authentic(
            request(body, "Authorization", "Basic b3JkZXJsZW5zOmI0c2ljLXBhc3M="), NOW));
    // printf '%s' 'orderlens:wrong' | base64
    assertFalse(
        dialect.authentic(request(body, "Authorization", "Basic b3JkZXJsZW5zOndyb25n"), NOW));
  }

  @Test
  void aHeaderOfAnotherConfiguredNameIsUsed() {
    FreshdeskDialect custom =
        new FreshdeskDialect(new SharedSecret("X-Shop-Token", "tok", null, null));
    assertTrue(custom.authentic(request(body, "x-shop-token", "tok"), NOW));
    assertFalse(custom.authentic(request(body, "X-Orderlens-Secret", "tok"), NOW));
  }

  @Test
  void withoutAConfiguredSecretNothingIsAuthentic() {
    FreshdeskDialect open = new FreshdeskDialect(new SharedSecret(null, " ", null, null));
    assertFalse(open.authentic(request(body, "X-Orderlens-Secret", " "), NOW));
    assertFalse(open.authentic(request(body, "X-Orderlens-Secret", ""), NOW));
  }

  @Test
  void readsTheRecommendedTemplate() {
    InboundEvent event = dialect.read(request(body));

    assertEquals("1042", event.ticket().id());
    assertEquals("Wrong size delivered", event.ticket().subject());
    assertTrue(event.ticket().body().contains("order #1001"));
    assertEquals("Email", event.ticket().channel());
    assertEquals(Instant.parse("2026-11-20T09:15:02Z"), event.ticket().createdAt());
    assertEquals("anna.rossi@example.com", event.ticket().requester().email());
    assertEquals("+39 333 555 0101", event.ticket().requester().phone());
    assertEquals(List.of("exchange", "priority-customer"), event.ticket().tags());
    assertFalse(event.causedByOrderlens());
  }

  @Test
  void readsTheSimpleWebhookForm() {
    InboundEvent event = dialect.read(request(payload("freshdesk/simple-webhook.json")));

    assertEquals("1043", event.ticket().id());
    assertEquals("Marco Bianchi", event.ticket().requester().name());
    assertEquals("+39 011 555 0199", event.ticket().requester().phone());
    assertNull(event.ticket().createdAt());
    assertTrue(event.ticket().tags().isEmpty());
  }

  @Test
  void aRetryOfTheSameBodyIsTheSameEventAndAnotherBodyIsNot() {
    String id = dialect.read(request(body)).eventId();
    assertEquals(id, dialect.read(request(body.clone())).eventId());
    byte[] other =
        new String(body, StandardCharsets.UTF_8)
            .replace("\"latest_comment\": \"\"", "\"latest_comment\": \"Any news?\"")
            .getBytes(StandardCharsets.UTF_8);
    assertFalse(id.equals(dialect.read(request(other)).eventId()));
  }

  @Test
  void ourOwnNoteEchoedBackIsCausedByOrderlens() {
    byte[] echoed =
        new String(body, StandardCharsets.UTF_8)
            .replace(
                "\"latest_comment\": \"\"",
                "\"latest_comment\": \"<!-- orderlens --><p><strong>Orderlens:</strong></p>\"")
            .getBytes(StandardCharsets.UTF_8);
    assertTrue(dialect.read(request(echoed)).causedByOrderlens());
  }

  @Test
  void anUnexpandedTicketIdIsInvalid() {
    assertThrows(
        InvalidPayloadException.class,
        () -> dialect.read(request("{\"ticket\":{\"id\":\"{{ticket.id}}\"}}".getBytes())));
  }
}
