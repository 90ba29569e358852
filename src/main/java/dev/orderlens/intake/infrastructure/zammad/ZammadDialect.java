package dev.orderlens.intake.infrastructure.zammad;

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
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;

/**
 * Zammad's trigger webhooks with the default payload {@code {"ticket":{…},"article":{…}}}, where
 * associations are resolved to names ({@code sender: "Customer"}) and users to objects. Zammad
 * signs with {@code X-Hub-Signature: sha1=<hex HMAC-SHA1(token, raw body)>} and names each delivery
 * in {@code X-Zammad-Delivery}, the same on its retries.
 */
public class ZammadDialect implements HelpdeskDialect {

  private static final String PREFIX = "sha1=";

  private final ZammadWebhookConfig config;

  public ZammadDialect(ZammadWebhookConfig config) {
    this.config = config;
  }

  @Override
  public String helpdesk() {
    return "zammad";
  }

  @Override
  public boolean authentic(WebhookRequest request, Instant now) {
    String token = config.hmacToken();
    String signature = request.header("X-Hub-Signature");
    if (token == null || token.isBlank() || signature == null) {
      return false;
    }
    String value = signature.strip();
    if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return false;
    }
    byte[] expected = Hmac.of("HmacSHA1", token, request.body());
    return Hmac.matchesHex(expected, value.substring(PREFIX.length()));
  }

  @Override
  public InboundEvent read(WebhookRequest request) {
    JsonObject root = Payloads.json(request.body());
    JsonObject t = object(root, "ticket");
    JsonObject article = object(root, "article");
    JsonObject customer = object(t, "customer");
    String phone = Payloads.value(text(customer, "phone"));
    Ticket ticket =
        new Ticket(
            Payloads.requireId(text(t, "id"), "ticket.id"),
            Payloads.value(text(t, "title")),
            Payloads.value(text(article, "body")),
            channel(t, article),
            JsonFields.instant(text(t, "created_at")),
            new Requester(
                Payloads.value(text(customer, "email")),
                name(customer),
                phone != null ? phone : Payloads.value(text(customer, "mobile"))),
            tags(t));
    String delivery = request.header("X-Zammad-Delivery");
    String eventId =
        delivery != null && !delivery.isBlank()
            ? delivery.strip()
            : Payloads.digest(helpdesk(), request.body(), ticket.id());
    return new InboundEvent(eventId, ticket, causedByOrderlens(article));
  }

  private boolean causedByOrderlens(JsonObject article) {
    if (article == null) {
      return false;
    }
    if (OrderlensMarker.marks(text(article, "body"))) {
      return true;
    }
    JsonObject author = object(article, "created_by");
    String apiUser = config.apiUser();
    boolean internal = "true".equals(text(article, "internal"));
    return internal
        && apiUser != null
        && !apiUser.isBlank()
        && (apiUser.equalsIgnoreCase(String.valueOf(text(author, "login")))
            || apiUser.equalsIgnoreCase(String.valueOf(text(author, "email"))));
  }

  private static String channel(JsonObject ticket, JsonObject article) {
    String type = Payloads.value(text(article, "type"));
    return type != null ? type : Payloads.value(text(ticket, "create_article_type"));
  }

  private static String name(JsonObject user) {
    String first = Payloads.value(text(user, "firstname"));
    String last = Payloads.value(text(user, "lastname"));
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    return name.isEmpty() ? null : name;
  }

  private static List<String> tags(JsonObject ticket) {
    JsonValue tags = ticket.get("tags");
    if (tags != null && tags.getValueType() == JsonValue.ValueType.ARRAY) {
      return JsonFields.texts(ticket, "tags");
    }
    return Payloads.words(text(ticket, "tags"));
  }
}
