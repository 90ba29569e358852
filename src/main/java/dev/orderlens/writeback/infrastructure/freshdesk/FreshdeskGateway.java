package dev.orderlens.writeback.infrastructure.freshdesk;

import static dev.orderlens.platform.JsonFields.text;
import static dev.orderlens.platform.JsonFields.texts;
import static dev.orderlens.platform.Jsons.JSON;

import dev.orderlens.platform.rest.RestClients;
import dev.orderlens.ticket.domain.OrderlensMarker;
import dev.orderlens.writeback.domain.HelpdeskGateway;
import dev.orderlens.writeback.domain.TicketUpdate;
import dev.orderlens.writeback.domain.WriteBackDecision;
import dev.orderlens.writeback.domain.WriteBackResult;
import dev.orderlens.writeback.infrastructure.HelpdeskClients;
import dev.orderlens.writeback.infrastructure.HelpdeskNotFoundException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Writes into a Freshdesk ticket. {@code PUT /api/v2/tickets/{id}} replaces the tag list, so the
 * ticket is read first and its tags merged with ours; the same PUT carries custom fields and the
 * priority (1 low … 4 urgent). The note is a private note, edited in place ({@code PUT
 * /api/v2/notes/{id}}) when Orderlens wrote one before and it still exists.
 */
public class FreshdeskGateway implements HelpdeskGateway {

  private static final Map<String, Integer> PRIORITIES =
      Map.of("LOW", 1, "NORMAL", 2, "HIGH", 3, "URGENT", 4);

  private final FreshdeskApiConfig config;
  private final FreshdeskApi api;

  public FreshdeskGateway(FreshdeskApiConfig config, Clock clock) {
    this.config = config;
    String credentials = config.apiKey() + ":X";
    this.api =
        HelpdeskClients.build(
            FreshdeskApi.class,
            helpdesk(),
            config.baseUrl(),
            "Authorization",
            RestClients.basic(credentials),
            clock);
  }

  @Override
  public String helpdesk() {
    return "freshdesk";
  }

  @Override
  public boolean carries(String ticketId, String reference) {
    return HelpdeskClients.call(
        helpdesk(),
        () -> OrderlensMarker.carries(api.conversations(ticketId, 100).toString(), reference));
  }

  @Override
  public WriteBackResult apply(TicketUpdate update) {
    HelpdeskClients.run(helpdesk(), () -> updateTicket(update));
    if (update.noteHtml() == null || update.noteHtml().isBlank()) {
      return new WriteBackResult(update.existingNoteId());
    }
    JsonObject note =
        JSON.createObjectBuilder()
            .add(
                "body",
                OrderlensMarker.markHtml(update.noteHtml(), WriteBackDecision.reference(update)))
            .build();
    return new WriteBackResult(HelpdeskClients.call(helpdesk(), () -> writeNote(update, note)));
  }

  private void updateTicket(TicketUpdate update) {
    JsonObjectBuilder body = JSON.createObjectBuilder();
    if (!update.tags().isEmpty()) {
      List<String> existing = texts(api.ticket(update.ticketId()), "tags");
      List<String> merged = HelpdeskClients.merge(existing, update.tags());
      if (!merged.equals(existing)) {
        body.add("tags", JSON.createArrayBuilder(merged));
      }
    }
    JsonObjectBuilder fields = JSON.createObjectBuilder();
    update
        .fields()
        .forEach(
            (name, value) -> {
              if (config.fieldNames().containsKey(name)) {
                fields.add(config.fieldNames().get(name), value);
              }
            });
    JsonObject customFields = fields.build();
    if (!customFields.isEmpty()) {
      body.add("custom_fields", customFields);
    }
    if (update.priority() != null && PRIORITIES.containsKey(update.priority())) {
      body.add("priority", PRIORITIES.get(update.priority()));
    }
    JsonObject changes = body.build();
    if (!changes.isEmpty()) {
      HelpdeskClients.discard(api.updateTicket(update.ticketId(), changes));
    }
  }

  private String writeNote(TicketUpdate update, JsonObject note) {
    if (update.existingNoteId() != null) {
      try {
        return text(api.updateNote(update.existingNoteId(), note), "id");
      } catch (HelpdeskNotFoundException deleted) {
        // The agent deleted our note: write a new one.
      }
    }
    JsonObject created =
        api.addNote(update.ticketId(), JSON.createObjectBuilder(note).add("private", true).build());
    return text(created, "id");
  }
}
