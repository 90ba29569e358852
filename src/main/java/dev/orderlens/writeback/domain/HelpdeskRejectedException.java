package dev.orderlens.writeback.domain;

/**
 * The helpdesk refused the update for good (4xx other than 429: bad credentials, unknown ticket):
 * retrying the same call will not help, so the outbox parks it as a dead letter.
 */
public class HelpdeskRejectedException extends RuntimeException {
  public HelpdeskRejectedException(String message) {
    super(message);
  }
}
