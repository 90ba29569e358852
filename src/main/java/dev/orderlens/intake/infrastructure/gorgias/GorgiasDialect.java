package dev.orderlens.intake.infrastructure.gorgias;

import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.intake.domain.HelpdeskDialect;
import dev.orderlens.intake.domain.InboundEvent;
import dev.orderlens.intake.domain.WebhookRequest;
import dev.orderlens.intake.infrastructure.Payloads;
import dev.orderlens.platform.JsonFields;
import dev.orderlens.ticket.domain.OrderlensMarker;
import dev.orderlens.ticket.domain.Requester;
import dev.orderlens.ticket.domain.Ticket;
import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * Gorgias "HTTP integration" calls: a templated JSON body (the recommended template is in {@code
 * docs/helpdesks/gorgias.md}) on the ticket-created and ticket-message-created triggers, with our
 * secret in a header since Gorgias signs nothing. Gorgias sends no delivery id, so the event id is
 * a digest of the ticket id, message id and body.
 */
public class GorgiasDialect implements HelpdeskDialect {

  private final GorgiasWebhookConfig config;

  public GorgiasDialect(GorgiasWebhookConfig config) {
    this.config = config;
  }

  @Override
  public String helpdesk() {
    return "gorgias";
  }

  @Override
  public boolean authentic(WebhookRequest request, Instant now) {
    return config.secret() != null && config.secret().admits(request);
  }

  @Override
  public InboundEvent read(WebhookRequest request) {
    JsonObject root = Payloads.json(request.body());
    JsonObject t = object(root, "ticket");
    JsonObject customer = object(t, "customer");
    JsonObject message = object(root, "message");
    String id = Payloads.requireId(text(t, "id"), "ticket.id");
    Ticket ticket =
        new Ticket(
            id,
            Payloads.value(text(t, "subject")),
            Payloads.value(text(message, "body_text")),
            Payloads.value(text(t, "channel")),
            JsonFields.instant(text(t, "created_datetime")),
            new Requester(
                Payloads.value(text(customer, "email")),
                Payloads.value(text(customer, "name")),
                Payloads.value(text(customer, "phone"))),
            Payloads.words(text(t, "tags")));
    String eventId =
        Payloads.digest(helpdesk(), request.body(), id, String.valueOf(text(message, "id")));
    return new InboundEvent(eventId, ticket, causedByOrderlens(message));
  }

  private boolean causedByOrderlens(JsonObject message) {
    if (message == null) {
      return false;
    }
    if (OrderlensMarker.marks(text(message, "body_text"))) {
      return true;
    }
    String sender = Payloads.value(text(message, "sender_email"));
    String apiUser = config.apiUserEmail();
    return "false".equals(text(message, "public"))
        && sender != null
        && apiUser != null
        && sender.equalsIgnoreCase(apiUser.strip());
  }
}
