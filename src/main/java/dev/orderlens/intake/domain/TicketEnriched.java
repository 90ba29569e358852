package dev.orderlens.intake.domain;

import dev.orderlens.enrichment.domain.Enrichment;

/**
 * A helpdesk ticket was enriched in the background. Fired inside the enriching transaction, so what
 * observers write (the write-back in the outbox) commits or rolls back with it.
 */
public record TicketEnriched(String helpdesk, String eventId, Enrichment enrichment) {}
