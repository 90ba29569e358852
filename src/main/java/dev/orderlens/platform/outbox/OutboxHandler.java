package dev.orderlens.platform.outbox;

/**
 * Delivers outbox messages of one kind. It returns normally only when the receiver has the message;
 * otherwise it throws {@link DeliveryException} saying whether and when to retry.
 */
public interface OutboxHandler {

  /** The kind of message this handler delivers, e.g. "helpdesk-writeback". */
  String kind();

  void deliver(OutboxEntry entry);
}
