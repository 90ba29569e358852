package dev.orderlens.platform.outbox;

/** A message waiting in the outbox, as a handler receives it. */
public record OutboxEntry(
    long id, String kind, String target, String dedupKey, String payload, int attempts) {}
