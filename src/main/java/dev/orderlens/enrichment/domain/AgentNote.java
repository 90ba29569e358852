package dev.orderlens.enrichment.domain;

/** The internal note an agent reads in the ticket: plain text and the same as safe HTML. */
public record AgentNote(String text, String html) {}
