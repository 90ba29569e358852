/**
 * The durable outbox: messages to the outside world are rows in MariaDB written with the work that
 * produced them, delivered by workers that claim rows with {@code FOR UPDATE SKIP LOCKED}, retried
 * with exponential backoff and jitter, honouring Retry-After, and parked as dead letters an admin
 * can replay. Features plug in an {@link dev.orderlens.platform.outbox.OutboxHandler} per kind.
 */
package dev.orderlens.platform.outbox;
