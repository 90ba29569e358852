package dev.orderlens.writeback.infrastructure.zendesk;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;
import static dev.orderlens.platform.Jsons.JSON;

import dev.orderlens.platform.rest.RestClients;
import dev.orderlens.ticket.domain.OrderlensMarker;
import dev.orderlens.writeback.domain.HelpdeskGateway;
import dev.orderlens.writeback.domain.TicketUpdate;
import dev.orderlens.writeback.domain.WriteBackDecision;
import dev.orderlens.writeback.domain.WriteBackResult;
import dev.orderlens.writeback.infrastructure.HelpdeskClients;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * Writes into a Zendesk ticket in one {@code PUT /api/v2/tickets/{id}.json}: {@code
 * additional_tags} (adds, unlike {@code tags} which replaces), a private HTML comment, custom
 * fields by id and the priority. Zendesk comments cannot be edited, so every call with a note adds
 * a new private comment: deciding that the note changed enough to be written again is the caller's
 * job. The comment id comes from the update's audit.
 */
public class ZendeskGateway implements HelpdeskGateway {

  /** Zendesk's priorities are Orderlens' own names in lower case. */
  private static final Set<String> PRIORITIES = Set.of("LOW", "NORMAL", "HIGH", "URGENT");

  private final ZendeskApiConfig config;
  private final ZendeskTicketsApi api;

  public ZendeskGateway(ZendeskApiConfig config, Clock clock) {
    this.config = config;
    String credentials = config.email() + "/token:" + config.apiToken();
    this.api =
        HelpdeskClients.build(
            ZendeskTicketsApi.class,
            helpdesk(),
            config.baseUrl(),
            "Authorization",
            RestClients.basic(credentials),
            clock);
  }

  @Override
  public String helpdesk() {
    return "zendesk";
  }

  @Override
  public boolean carries(String ticketId, String reference) {
    return HelpdeskClients.call(
        helpdesk(),
        () -> OrderlensMarker.carries(api.comments(ticketId, "desc").toString(), reference));
  }

  @Override
  public WriteBackResult apply(TicketUpdate update) {
    JsonObjectBuilder ticket = JSON.createObjectBuilder();
    if (!update.tags().isEmpty()) {
      ticket.add("additional_tags", JSON.createArrayBuilder(update.tags()));
    }
    boolean note = update.noteHtml() != null && !update.noteHtml().isBlank();
    if (note) {
      ticket.add(
          "comment",
          JSON.createObjectBuilder()
              .add(
                  "html_body",
                  OrderlensMarker.markHtml(update.noteHtml(), WriteBackDecision.reference(update)))
              .add("public", false));
    }
    JsonArrayBuilder fields = JSON.createArrayBuilder();
    update.fields().entrySet().stream()
        .filter(f -> config.fieldIds().containsKey(f.getKey()))
        .forEach(
            f ->
                fields.add(
                    JSON.createObjectBuilder()
                        .add("id", config.fieldIds().get(f.getKey()))
                        .add("value", f.getValue())));
    JsonValue customFields = fields.build();
    if (!customFields.asJsonArray().isEmpty()) {
      ticket.add("custom_fields", customFields);
    }
    if (update.priority() != null && PRIORITIES.contains(update.priority())) {
      ticket.add("priority", update.priority().toLowerCase(Locale.ROOT));
    }
    JsonObject body = JSON.createObjectBuilder().add("ticket", ticket).build();
    JsonObject answer = HelpdeskClients.call(helpdesk(), () -> api.update(update.ticketId(), body));
    return new WriteBackResult(note ? commentId(answer) : update.existingNoteId());
  }

  private static String commentId(JsonObject answer) {
    for (JsonValue event : array(object(answer, "audit"), "events")) {
      if ("Comment".equals(text(event.asJsonObject(), "type"))) {
        return text(event.asJsonObject(), "id");
      }
    }
    return null;
  }
}
