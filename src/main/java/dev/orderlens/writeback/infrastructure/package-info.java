/** Write-back plumbing: the outbox handler, the note registry and one adapter per helpdesk. */
package dev.orderlens.writeback.infrastructure;
