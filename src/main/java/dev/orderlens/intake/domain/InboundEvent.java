package dev.orderlens.intake.domain;

import dev.orderlens.ticket.domain.Ticket;

/**
 * A helpdesk event read from its native payload.
 *
 * @param eventId the helpdesk's delivery or event id, the same on its retries; when the helpdesk
 *     sends none, a digest of the payload
 * @param causedByOrderlens the event reports a change Orderlens itself made (its own note, tags or
 *     fields): it is acknowledged but not enriched again, so write-backs cannot loop
 */
public record InboundEvent(String eventId, Ticket ticket, boolean causedByOrderlens) {}
