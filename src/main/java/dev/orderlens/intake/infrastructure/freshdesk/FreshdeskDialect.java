package dev.orderlens.intake.infrastructure.freshdesk;

import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.intake.domain.HelpdeskDialect;
import dev.orderlens.intake.domain.InboundEvent;
import dev.orderlens.intake.domain.WebhookRequest;
import dev.orderlens.intake.infrastructure.Payloads;
import dev.orderlens.intake.infrastructure.SharedSecret;
import dev.orderlens.platform.JsonFields;
import dev.orderlens.ticket.domain.OrderlensMarker;
import dev.orderlens.ticket.domain.Requester;
import dev.orderlens.ticket.domain.Ticket;
import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * Freshdesk's automation "Trigger webhook" action. Freshdesk signs nothing, so the admin adds our
 * secret as a header or as Basic credentials. The body is the advanced JSON template in {@code
 * docs/helpdesks/freshdesk.md}; the "simple" form ({@code {"freshdesk_webhook":{"ticket_id":…}}})
 * is read too. Freshdesk sends no delivery id: the event id is a digest of the body, which its
 * retries (+5, +30, +60 min) repeat unchanged.
 */
public class FreshdeskDialect implements HelpdeskDialect {

  private final SharedSecret secret;

  public FreshdeskDialect(SharedSecret secret) {
    this.secret = secret;
  }

  @Override
  public String helpdesk() {
    return "freshdesk";
  }

  @Override
  public boolean authentic(WebhookRequest request, Instant now) {
    return secret.admits(request);
  }

  @Override
  public InboundEvent read(WebhookRequest request) {
    JsonObject root = Payloads.json(request.body());
    JsonObject simple = object(root, "freshdesk_webhook");
    Ticket ticket = simple != null ? fromSimple(simple) : fromTemplate(object(root, "ticket"));
    boolean ours = OrderlensMarker.marks(ticket.body());
    return new InboundEvent(Payloads.digest(helpdesk(), request.body(), ticket.id()), ticket, ours);
  }

  private static Ticket fromTemplate(JsonObject t) {
    JsonObject contact = object(t, "contact");
    String latest = Payloads.value(text(t, "latest_comment"));
    return new Ticket(
        Payloads.requireId(text(t, "id"), "ticket.id"),
        Payloads.value(text(t, "subject")),
        latest != null ? latest : Payloads.value(text(t, "description")),
        Payloads.value(text(t, "source")),
        JsonFields.instant(text(t, "created_at")),
        new Requester(
            Payloads.value(text(contact, "email")),
            Payloads.value(text(contact, "name")),
            phone(text(contact, "phone"), text(contact, "mobile"))),
        Payloads.words(text(t, "tags")));
  }

  private static Ticket fromSimple(JsonObject w) {
    return new Ticket(
        Payloads.requireId(text(w, "ticket_id"), "freshdesk_webhook.ticket_id"),
        Payloads.value(text(w, "ticket_subject")),
        Payloads.value(text(w, "ticket_description")),
        Payloads.value(text(w, "ticket_source")),
        null,
        new Requester(
            Payloads.value(text(w, "ticket_contact_email")),
            Payloads.value(text(w, "ticket_contact_name")),
            phone(text(w, "ticket_contact_phone"), text(w, "ticket_contact_mobile"))),
        Payloads.words(text(w, "ticket_tags")));
  }

  private static String phone(String phone, String mobile) {
    String p = Payloads.value(phone);
    return p != null ? p : Payloads.value(mobile);
  }
}
