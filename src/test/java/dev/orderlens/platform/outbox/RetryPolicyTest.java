package dev.orderlens.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
  private final RetryPolicy policy = new RetryPolicy(3, Backoff.DEFAULT);

  @Test
  void aRetryableFailureWaitsForTheBackoffAndStaysQueued() {
    RetryPolicy.Next next = policy.afterFailure(1, true, null, NOW, new Random(1));

    assertFalse(next.dead());
    assertTrue(next.notBefore().isAfter(NOW.plusMillis(999)), next.toString());
    assertTrue(next.notBefore().isBefore(NOW.plusMillis(2001)), next.toString());
  }

  @Test
  void theReceiversRetryAfterWinsWhenItIsLater() {
    RetryPolicy.Next next =
        policy.afterFailure(1, true, Duration.ofSeconds(30), NOW, new Random(1));

    assertEquals(NOW.plusSeconds(30), next.notBefore());
  }

  @Test
  void aPermanentFailureIsParkedAtOnce() {
    assertTrue(policy.afterFailure(1, false, null, NOW, new Random(1)).dead());
  }

  @Test
  void theLastAllowedAttemptThatFailsIsParked() {
    assertFalse(policy.afterFailure(2, true, null, NOW, new Random(1)).dead());
    assertTrue(policy.afterFailure(3, true, null, NOW, new Random(1)).dead());
  }

  @Test
  void anItemWhoseClaimsRanOutIsClaimedAgainOnlyWhileAttemptsAreLeft() {
    assertTrue(policy.mayClaimAgain(2));
    assertFalse(policy.mayClaimAgain(3));
  }

  @Test
  void anItemIsARetryFromItsSecondAttemptOn() {
    assertFalse(new OutboxEntry(1, "k", "t", "d", "{}", 1, 0, "c").isRetry());
    assertTrue(new OutboxEntry(1, "k", "t", "d", "{}", 2, 0, "c").isRetry());
  }
}
