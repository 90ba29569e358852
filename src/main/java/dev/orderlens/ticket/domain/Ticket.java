package dev.orderlens.ticket.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A helpdesk ticket in Orderlens' canonical shape, whichever helpdesk it came from.
 *
 * @param id the helpdesk's own ticket id, used to write back
 * @param channel e-mail, chat, phone, web form … as the helpdesk names it
 */
public record Ticket(
    String id,
    String subject,
    String body,
    String channel,
    Instant createdAt,
    Requester requester,
    List<String> tags) {

  /** The longest ticket or event id Orderlens stores; a longer one is refused at intake. */
  public static final int MAX_ID_LENGTH = 191;

  public Ticket {
    Objects.requireNonNull(id, "ticket id");
    subject = subject == null ? "" : subject;
    body = body == null ? "" : body;
    requester = requester == null ? Requester.UNKNOWN : requester;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** Subject and body as one text, for detectors that read the whole message. */
  public String text() {
    return subject.isEmpty() ? body : subject + "\n" + body;
  }
}
