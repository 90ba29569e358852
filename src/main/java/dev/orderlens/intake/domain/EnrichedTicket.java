package dev.orderlens.intake.domain;

import dev.orderlens.enrichment.domain.Enrichment;

/**
 * Any ticket was enriched, from a native helpdesk webhook or the generic one, with the ticket it
 * was read from. Fired inside the enriching transaction, so what observers store (courier
 * complaints) commits with the enrichment. The ticket's text is here for observers that keep a
 * digest of the customer's words; they must not store or log it.
 */
public record EnrichedTicket(String source, String eventId, Ticket ticket, Enrichment enrichment) {}
