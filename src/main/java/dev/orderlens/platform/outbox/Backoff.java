package dev.orderlens.platform.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential from {@code base}, capped, with jitter so that
 * many rows failing together do not retry together. A Retry-After from the receiver wins when it is
 * later.
 */
public record Backoff(Duration base, Duration cap) {

  public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(15));

  /**
   * The delay before attempt {@code attempts + 1}, after {@code attempts} failures (1 or more):
   * uniformly between half and all of {@code min(cap, base * 2^(attempts-1))}.
   */
  public Duration delayAfter(int attempts, RandomGenerator random) {
    int exponent = Math.min(Math.max(attempts - 1, 0), 30);
    long ceiling = Math.min(cap.toMillis(), base.toMillis() * (1L << exponent));
    long half = ceiling / 2;
    return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
  }

  /** The receiver's Retry-After when given and later than our own backoff. */
  public Duration delayAfter(int attempts, Duration retryAfter, RandomGenerator random) {
    Duration own = delayAfter(attempts, random);
    return retryAfter != null && retryAfter.compareTo(own) > 0 ? retryAfter : own;
  }
}
