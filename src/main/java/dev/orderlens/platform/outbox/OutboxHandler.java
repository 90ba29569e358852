package dev.orderlens.platform.outbox;

/**
 * Does the work of one kind of queued item. It runs with no transaction open (it may call remote
 * systems for as long as their timeouts allow); what it writes to the database it writes in short
 * transactions of its own. It throws {@link DeliveryException} to say whether a failure is worth
 * retrying; any other exception counts as a retryable failure. An item may be handed over again
 * after its remote work succeeded (the instance died before the outcome was recorded): a handler
 * makes sure that a second run does not do the remote work twice.
 */
public interface OutboxHandler {

  /** The item kind this handler delivers. */
  String kind();

  void deliver(OutboxEntry entry);

  /** How many workers per instance run this kind unless {@code queue.workers.<kind>} says. */
  default int defaultWorkers() {
    return 1;
  }
}
