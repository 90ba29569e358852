package dev.orderlens.intake.infrastructure.zendesk;

import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.intake.domain.HelpdeskDialect;
import dev.orderlens.intake.domain.InboundEvent;
import dev.orderlens.intake.domain.WebhookRequest;
import dev.orderlens.intake.infrastructure.Payloads;
import dev.orderlens.platform.JsonFields;
import dev.orderlens.platform.security.Hmac;
import dev.orderlens.ticket.domain.OrderlensMarker;
import dev.orderlens.ticket.domain.Requester;
import dev.orderlens.ticket.domain.Ticket;
import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * Zendesk webhooks fired by a trigger whose JSON body is the template in {@code
 * docs/helpdesks/zendesk.md}. Zendesk signs {@code base64(HMAC-SHA256(secret, timestamp + body))},
 * timestamp and body concatenated with no separator; the invocation id header names the delivery.
 */
public class ZendeskDialect implements HelpdeskDialect {

  static final String SIGNATURE = "X-Zendesk-Webhook-Signature";
  static final String TIMESTAMP = "X-Zendesk-Webhook-Signature-Timestamp";
  static final String INVOCATION = "X-Zendesk-Webhook-Invocation-Id";

  private final ZendeskWebhookConfig config;

  public ZendeskDialect(ZendeskWebhookConfig config) {
    this.config = config;
  }

  @Override
  public String helpdesk() {
    return "zendesk";
  }

  @Override
  public boolean authentic(WebhookRequest request, Instant now) {
    String secret = config.signingSecret();
    String signature = request.header(SIGNATURE);
    String timestamp = request.header(TIMESTAMP);
    if (secret == null || secret.isBlank() || signature == null || timestamp == null) {
      return false;
    }
    byte[] expected = Hmac.of("HmacSHA256", secret, Hmac.utf8(timestamp), request.body());
    return Hmac.matchesBase64(expected, signature);
  }

  @Override
  public InboundEvent read(WebhookRequest request) {
    JsonObject root = Payloads.json(request.body());
    JsonObject t = object(root, "ticket");
    String id = Payloads.requireId(text(t, "id"), "ticket.id");
    JsonObject requester = object(t, "requester");
    String latest = Payloads.value(text(t, "latest_comment"));
    Ticket ticket =
        new Ticket(
            id,
            Payloads.value(text(t, "title")),
            latest != null ? latest : Payloads.value(text(t, "description")),
            Payloads.value(text(t, "via")),
            JsonFields.instant(text(t, "created_at")),
            new Requester(
                Payloads.value(text(requester, "email")),
                Payloads.value(text(requester, "name")),
                Payloads.value(text(requester, "phone"))),
            Payloads.words(text(t, "tags")));
    String invocation = request.header(INVOCATION);
    String eventId =
        invocation != null && !invocation.isBlank()
            ? invocation.strip()
            : Payloads.digest("zendesk", request.body(), id, text(t, "updated_at"));
    return new InboundEvent(eventId, ticket, causedByOrderlens(root, latest));
  }

  private boolean causedByOrderlens(JsonObject root, String latestComment) {
    String updater = Payloads.value(text(object(root, "current_user"), "email"));
    String apiUser = config.apiUserEmail();
    boolean byApiUser = updater != null && apiUser != null && updater.equalsIgnoreCase(apiUser);
    return byApiUser || OrderlensMarker.marks(latestComment);
  }
}
