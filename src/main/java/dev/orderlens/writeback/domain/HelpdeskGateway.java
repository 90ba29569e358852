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
}
