/**
 * Intake: helpdesk webhooks in. Authenticates each delivery, stores it durably and exactly once,
 * and turns each helpdesk's payload into the canonical {@link dev.orderlens.ticket.domain.Ticket}.
 */
package dev.orderlens.intake;
