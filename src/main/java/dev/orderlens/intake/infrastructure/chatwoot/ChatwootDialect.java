package dev.orderlens.intake.infrastructure.chatwoot;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.intake.domain.HelpdeskDialect;
import dev.orderlens.intake.domain.InboundEvent;
import dev.orderlens.intake.domain.WebhookRequest;
import dev.orderlens.intake.infrastructure.Payloads;
import dev.orderlens.platform.JsonFields;
import dev.orderlens.platform.security.WebhookSignature;
import dev.orderlens.ticket.domain.Requester;
import dev.orderlens.ticket.domain.Ticket;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Chatwoot account webhooks. A conversation is the ticket (its {@code id} in the payload is the
 * display id the API takes). Only {@code conversation_created} and incoming, public {@code
 * message_created} events are worth enriching; agents' replies, private notes (ours among them),
 * template messages and every other event are acknowledged as not for enrichment through {@code
 * causedByOrderlens}. Chatwoot signs {@code sha256=<hex HMAC-SHA256(secret, "{timestamp}.{body}")>}
 * — the same scheme as Orderlens' own signature — and a timestamp more than five minutes off is a
 * replay.
 */
public class ChatwootDialect implements HelpdeskDialect {

  static final Duration TOLERANCE = Duration.ofMinutes(5);

  private final ChatwootWebhookConfig config;

  public ChatwootDialect(ChatwootWebhookConfig config) {
    this.config = config;
  }

  @Override
  public String helpdesk() {
    return "chatwoot";
  }

  @Override
  public boolean authentic(WebhookRequest request, Instant now) {
    return WebhookSignature.verify(
            Optional.ofNullable(config.secret()),
            request.header("X-Chatwoot-Timestamp"),
            request.header("X-Chatwoot-Signature"),
            request.body(),
            now,
            TOLERANCE)
        .accepted();
  }

  @Override
  public InboundEvent read(WebhookRequest request) {
    JsonObject root = Payloads.json(request.body());
    String event = String.valueOf(text(root, "event"));
    boolean message = event.startsWith("message_");
    if (!message && !event.startsWith("conversation_")) {
      throw new InvalidPayloadException(
          "Chatwoot event " + event + " is not about a conversation.");
    }
    JsonObject conversation = message ? object(root, "conversation") : root;
    String id = Payloads.requireId(text(conversation, "id"), message ? "conversation.id" : "id");
    JsonObject contact = message ? object(root, "sender") : null;
    if (contact == null || !"contact".equals(text(contact, "type"))) {
      contact = object(object(conversation, "meta"), "sender");
    }
    Ticket ticket =
        new Ticket(
            id,
            Payloads.value(text(object(conversation, "additional_attributes"), "mail_subject")),
            message ? text(root, "content") : firstMessage(conversation),
            Payloads.value(text(conversation, "channel")),
            JsonFields.instant(text(conversation, "created_at")),
            new Requester(
                Payloads.value(text(contact, "email")),
                Payloads.value(text(contact, "name")),
                Payloads.value(text(contact, "phone_number"))),
            JsonFields.texts(conversation, "labels"));
    String delivery = request.header("X-Chatwoot-Delivery");
    String eventId =
        delivery != null && !delivery.isBlank()
            ? delivery.strip()
            : Payloads.digest(helpdesk(), request.body(), event, id);
    return new InboundEvent(eventId, ticket, !enrichable(event, root));
  }

  private static boolean enrichable(String event, JsonObject root) {
    return switch (event) {
      case "conversation_created" -> true;
      case "message_created" ->
          "incoming".equals(text(root, "message_type")) && !"true".equals(text(root, "private"));
      default -> false;
    };
  }

  private static String firstMessage(JsonObject conversation) {
    var messages = array(conversation, "messages");
    return messages.isEmpty() ? null : text(messages.getJsonObject(0), "content");
  }
}
