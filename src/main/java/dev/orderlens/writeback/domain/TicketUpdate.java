package dev.orderlens.writeback.domain;

import java.util.List;
import java.util.Map;

/**
 * What Orderlens writes into one helpdesk ticket.
 *
 * @param tags tags to add; the ticket's own tags stay (adapters merge where the API replaces)
 * @param existingNoteId the id of the note Orderlens wrote on this ticket before, to update it
 *     instead of adding another where the helpdesk allows; null for the first write-back
 * @param fields Orderlens field name (e.g. {@code orderlens_order_number}) to value; each adapter
 *     maps names to the helpdesk's field ids from its configuration and skips unmapped ones
 * @param priority LOW, NORMAL, HIGH or URGENT
 */
public record TicketUpdate(
    String ticketId,
    List<String> tags,
    String noteText,
    String noteHtml,
    String existingNoteId,
    Map<String, String> fields,
    String priority) {

  public TicketUpdate {
    tags = tags == null ? List.of() : List.copyOf(tags);
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }
}
