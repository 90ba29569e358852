/**
 * Intake adapters: the ticket-event store and, one sub-package per helpdesk, the {@link
 * dev.orderlens.intake.domain.HelpdeskDialect}s that authenticate and read each helpdesk's native
 * webhook. The classes here are the signature arithmetic and JSON reading they share.
 */
package dev.orderlens.intake.infrastructure;
