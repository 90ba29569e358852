package dev.orderlens.writeback.domain;

/**
 * Port to one helpdesk's API for writing a {@link TicketUpdate} into a ticket. Adapters never retry
 * on their own: the outbox does, so they report the kind of failure instead.
 *
 * @see HelpdeskRateLimitedException
 * @see HelpdeskUnavailableException
 * @see HelpdeskRejectedException
 */
public interface HelpdeskGateway {

  /** "zendesk", "freshdesk", "zammad", "chatwoot" or "gorgias". */
  String helpdesk();

  WriteBackResult apply(TicketUpdate update);

  /**
   * Whether the ticket already carries Orderlens' note for the update with this reference (see
   * {@code OrderlensMarker}), read through the helpdesk's API: a write-back whose earlier attempt
   * may have reached the helpdesk asks before it writes again.
   */
  boolean carries(String ticketId, String reference);
}
