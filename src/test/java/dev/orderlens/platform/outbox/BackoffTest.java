package dev.orderlens.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(15));

  @Test
  void delaysDoubleWithEachFailureWithinHalfToFullJitter() {
    Random random = new Random(42);
    for (int attempts = 1; attempts <= 8; attempts++) {
      long ceiling = Math.min(900_000, 2_000L << (attempts - 1));
      for (int i = 0; i < 200; i++) {
        long delay = backoff.delayAfter(attempts, random).toMillis();
        assertTrue(delay >= ceiling / 2 && delay <= ceiling, attempts + ": " + delay);
      }
    }
  }

  @Test
  void delaysNeverExceedTheCapHoweverManyFailures() {
    Random random = new Random(7);
    for (int attempts = 9; attempts < 200; attempts += 17) {
      assertTrue(backoff.delayAfter(attempts, random).compareTo(Duration.ofMinutes(15)) <= 0);
    }
  }

  @Test
  void jitterSpreadsRowsThatFailedTogether() {
    Random random = new Random(1);
    long distinct =
        java.util.stream.IntStream.range(0, 50)
            .mapToLong(i -> backoff.delayAfter(5, random).toMillis())
            .distinct()
            .count();
    assertTrue(distinct > 40, "distinct delays: " + distinct);
  }

  @Test
  void aLaterRetryAfterFromTheReceiverWins() {
    assertEquals(
        Duration.ofSeconds(120), backoff.delayAfter(1, Duration.ofSeconds(120), new Random(3)));
  }

  @Test
  void anEarlierRetryAfterDoesNotShortenOurOwnBackoff() {
    Duration delay = backoff.delayAfter(6, Duration.ofSeconds(1), new Random(3));
    assertTrue(delay.toSeconds() >= 32, delay.toString());
  }
}
