package dev.orderlens.writeback.infrastructure;

import dev.orderlens.writeback.domain.HelpdeskRejectedException;

/**
 * A 404: still a rejection for the outbox, but a gateway that tried to update its earlier note can
 * tell "the agent deleted our note" apart and write a new one instead.
 */
public class HelpdeskNotFoundException extends HelpdeskRejectedException {
  public HelpdeskNotFoundException(String message) {
    super(message);
  }
}
