/** Intake plumbing: the event store, background enrichment and one dialect per helpdesk. */
package dev.orderlens.intake.infrastructure;
