package dev.orderlens.writeback.domain;

/** What the helpdesk answered: the id of Orderlens' note on the ticket, to update it next time. */
public record WriteBackResult(String noteId) {}
