/**
 * Write-back: the enrichment goes back into the helpdesk ticket (tags, one internal note, fields,
 * priority) through a durable outbox, never lost and never doubled.
 */
package dev.orderlens.writeback;
