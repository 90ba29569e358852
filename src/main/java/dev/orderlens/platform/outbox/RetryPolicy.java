package dev.orderlens.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * What happens to a work item after a failed attempt: tried again after a backoff (never before the
 * receiver's Retry-After), or parked as a dead letter when the failure is permanent or the attempts
 * are used up. Pure, so the rules are tested without a database.
 */
public record RetryPolicy(int maxAttempts, Backoff backoff) {

  public static final RetryPolicy DEFAULT = new RetryPolicy(8, Backoff.DEFAULT);

  /** The next state of an item. */
  public record Next(boolean dead, Instant notBefore) {}

  /**
   * @param attempts attempts made so far, this one included (counted when it was claimed)
   */
  public Next afterFailure(
      int attempts, boolean retryable, Duration retryAfter, Instant now, RandomGenerator random) {
    Duration delay = backoff.delayAfter(attempts, retryAfter, random);
    return new Next(!retryable || attempts >= maxAttempts, now.plus(delay));
  }

  /** Whether an item whose lease ran out with {@code attempts} made may be claimed again. */
  public boolean mayClaimAgain(int attempts) {
    return attempts < maxAttempts;
  }
}
