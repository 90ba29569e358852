package dev.orderlens.writeback.infrastructure.gorgias;

import static dev.orderlens.platform.JsonFields.text;
import static dev.orderlens.platform.Jsons.JSON;

import dev.orderlens.platform.rest.RestClients;
import dev.orderlens.ticket.domain.OrderlensMarker;
import dev.orderlens.writeback.domain.HelpdeskGateway;
import dev.orderlens.writeback.domain.TicketUpdate;
import dev.orderlens.writeback.domain.WriteBackDecision;
import dev.orderlens.writeback.domain.WriteBackResult;
import dev.orderlens.writeback.infrastructure.HelpdeskClients;
import dev.orderlens.writeback.infrastructure.HelpdeskNotFoundException;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Map;

/**
 * Writes into a Gorgias ticket: {@code POST /api/tickets/{id}/tags} adds tags by name (PUT would
 * replace them), ticket fields by id, the priority, and the note as an internal-note message sent
 * by the API user — edited in place when Orderlens wrote one before and it still exists.
 */
public class GorgiasGateway implements HelpdeskGateway {

  private static final Map<String, String> PRIORITIES =
      Map.of("LOW", "low", "NORMAL", "normal", "HIGH", "high", "URGENT", "critical");

  private final GorgiasApiConfig config;
  private final GorgiasApi api;

  public GorgiasGateway(GorgiasApiConfig config, Clock clock) {
    this.config = config;
    String credentials = config.username() + ":" + config.apiKey();
    this.api =
        HelpdeskClients.build(
            GorgiasApi.class,
            helpdesk(),
            config.baseUrl(),
            "Authorization",
            RestClients.basic(credentials),
            clock);
  }

  @Override
  public String helpdesk() {
    return "gorgias";
  }

  @Override
  public boolean carries(String ticketId, String reference) {
    return HelpdeskClients.call(
        helpdesk(), () -> OrderlensMarker.carries(api.messages(ticketId).toString(), reference));
  }

  @Override
  public WriteBackResult apply(TicketUpdate update) {
    return HelpdeskClients.call(helpdesk(), () -> write(update));
  }

  private WriteBackResult write(TicketUpdate update) {
    String id = update.ticketId();
    if (!update.tags().isEmpty()) {
      HelpdeskClients.discard(
          api.addTags(
              id,
              JSON.createObjectBuilder()
                  .add("names", JSON.createArrayBuilder(update.tags()))
                  .build()));
    }
    JsonArrayBuilder fields = JSON.createArrayBuilder();
    update
        .fields()
        .forEach(
            (name, value) -> {
              if (config.fieldIds().containsKey(name)) {
                fields.add(
                    JSON.createObjectBuilder()
                        .add("id", config.fieldIds().get(name))
                        .add("value", value));
              }
            });
    JsonArray mapped = fields.build();
    if (!mapped.isEmpty()) {
      HelpdeskClients.discard(api.setFields(id, mapped));
    }
    if (update.priority() != null && PRIORITIES.containsKey(update.priority())) {
      HelpdeskClients.discard(
          api.updateTicket(
              id,
              JSON.createObjectBuilder()
                  .add("priority", PRIORITIES.get(update.priority()))
                  .build()));
    }
    if (update.noteHtml() == null || update.noteHtml().isBlank()) {
      return new WriteBackResult(update.existingNoteId());
    }
    return new WriteBackResult(writeNote(update));
  }

  private String writeNote(TicketUpdate update) {
    JsonObject body =
        JSON.createObjectBuilder()
            .add(
                "body_html",
                OrderlensMarker.markHtml(update.noteHtml(), WriteBackDecision.reference(update)))
            .add(
                "body_text",
                OrderlensMarker.markText(
                    update.noteText() == null ? "" : update.noteText(),
                    WriteBackDecision.reference(update)))
            .build();
    if (update.existingNoteId() != null) {
      try {
        return text(api.updateMessage(update.ticketId(), update.existingNoteId(), body), "id");
      } catch (HelpdeskNotFoundException deleted) {
        // The agent deleted our note: write a new one.
      }
    }
    JsonObject note =
        JSON.createObjectBuilder(body)
            .add("channel", "internal-note")
            .add("via", "api")
            .add("from_agent", true)
            .add("public", false)
            .add("sender", JSON.createObjectBuilder().add("email", config.username()))
            .build();
    return text(api.addMessage(update.ticketId(), note), "id");
  }
}
