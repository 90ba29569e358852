package dev.orderlens.intake.api;

import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.required;
import static dev.orderlens.platform.JsonFields.text;
import static dev.orderlens.platform.JsonFields.texts;

import dev.orderlens.platform.ProblemException;
import dev.orderlens.ticket.domain.Requester;
import dev.orderlens.ticket.domain.Ticket;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The canonical ("generic") webhook body: {@code {"eventId", "ticket": {"id", "subject", "body",
 * "channel", "createdAt", "requester": {"email", "name", "phone"}, "tags": []}}}.
 */
record GenericTicketRequest(String eventId, Ticket ticket) {

  static GenericTicketRequest parse(JsonObject json) {
    String eventId = required(json, "eventId", "eventId");
    if (eventId.length() > Ticket.MAX_ID_LENGTH) {
      throw ProblemException.badRequest(
          "eventId is longer than " + Ticket.MAX_ID_LENGTH + " characters.");
    }
    JsonObject ticket = object(json, "ticket");
    if (ticket == null) {
      throw ProblemException.badRequest("The field ticket is required.");
    }
    String id = required(ticket, "id", "ticket.id");
    if (id.length() > Ticket.MAX_ID_LENGTH) {
      throw ProblemException.badRequest(
          "ticket.id is longer than " + Ticket.MAX_ID_LENGTH + " characters.");
    }
    JsonObject requester = object(ticket, "requester");
    return new GenericTicketRequest(
        eventId,
        new Ticket(
            id,
            text(ticket, "subject"),
            text(ticket, "body"),
            text(ticket, "channel"),
            instant(text(ticket, "createdAt")),
            new Requester(
                text(requester, "email"), text(requester, "name"), text(requester, "phone")),
            texts(ticket, "tags")));
  }

  private static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest("ticket.createdAt must be an ISO-8601 date-time.");
    }
  }
}
