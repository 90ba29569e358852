package dev.orderlens.writeback.infrastructure.chatwoot;

import static dev.orderlens.platform.JsonFields.text;
import static dev.orderlens.platform.JsonFields.texts;
import static dev.orderlens.platform.Jsons.JSON;

import dev.orderlens.ticket.domain.OrderlensMarker;
import dev.orderlens.writeback.domain.HelpdeskGateway;
import dev.orderlens.writeback.domain.TicketUpdate;
import dev.orderlens.writeback.domain.WriteBackDecision;
import dev.orderlens.writeback.domain.WriteBackResult;
import dev.orderlens.writeback.infrastructure.HelpdeskClients;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes into a Chatwoot conversation. Posting labels sets the whole list, so the conversation's
 * labels are read and merged first; custom attributes and priority ({@code low}, {@code medium},
 * {@code high}, {@code urgent}) have their own endpoints. The note is a private message; Chatwoot
 * renders messages as Markdown, not HTML, so the note's text form is sent. Chatwoot's API cannot
 * edit a message's content: every note is a new private message, and deciding when the note changed
 * enough is the caller's job.
 */
public class ChatwootGateway implements HelpdeskGateway {

  private static final Map<String, String> PRIORITIES =
      Map.of("LOW", "low", "NORMAL", "medium", "HIGH", "high", "URGENT", "urgent");

  private final ChatwootApiConfig config;
  private final ChatwootApi api;

  public ChatwootGateway(ChatwootApiConfig config, Clock clock) {
    this.config = config;
    this.api =
        HelpdeskClients.build(
            ChatwootApi.class,
            helpdesk(),
            config.baseUrl(),
            "api_access_token",
            config.accessToken(),
            clock);
  }

  @Override
  public String helpdesk() {
    return "chatwoot";
  }

  @Override
  public boolean carries(String ticketId, String reference) {
    return HelpdeskClients.call(
        helpdesk(),
        () ->
            OrderlensMarker.carries(
                api.messages(config.accountId(), ticketId).toString(), reference));
  }

  @Override
  public WriteBackResult apply(TicketUpdate update) {
    return HelpdeskClients.call(helpdesk(), () -> write(update));
  }

  private WriteBackResult write(TicketUpdate update) {
    String account = config.accountId();
    String id = update.ticketId();
    if (!update.tags().isEmpty()) {
      List<String> existing = texts(api.labels(account, id), "payload");
      List<String> merged = HelpdeskClients.merge(existing, update.tags());
      if (!merged.equals(existing)) {
        HelpdeskClients.discard(
            api.setLabels(
                account,
                id,
                JSON.createObjectBuilder().add("labels", JSON.createArrayBuilder(merged)).build()));
      }
    }
    JsonObjectBuilder attributes = JSON.createObjectBuilder();
    update
        .fields()
        .forEach(
            (name, value) -> {
              if (config.attributeKeys().containsKey(name)) {
                attributes.add(config.attributeKeys().get(name), value);
              }
            });
    JsonObject mapped = attributes.build();
    if (!mapped.isEmpty()) {
      HelpdeskClients.discard(
          api.setAttributes(
              account, id, JSON.createObjectBuilder().add("custom_attributes", mapped).build()));
    }
    String priority =
        update.priority() == null
            ? null
            : PRIORITIES.get(update.priority().toUpperCase(Locale.ROOT));
    if (priority != null) {
      HelpdeskClients.discard(
          api.setPriority(
              account, id, JSON.createObjectBuilder().add("priority", priority).build()));
    }
    String note = update.noteText() != null ? update.noteText() : update.noteHtml();
    if (note == null || note.isBlank()) {
      return new WriteBackResult(update.existingNoteId());
    }
    JsonObject message =
        api.addMessage(
            account,
            id,
            JSON.createObjectBuilder()
                .add("content", OrderlensMarker.markText(note, WriteBackDecision.reference(update)))
                .add("message_type", "outgoing")
                .add("private", true)
                .build());
    return new WriteBackResult(text(message, "id"));
  }
}
