/** Enrichment: everything Orderlens learns about a ticket, gathered into one answer and note. */
package dev.orderlens.enrichment;
