package dev.orderlens.writeback.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  @Test
  void readsDelaySeconds() {
    assertEquals(Duration.ofSeconds(120), RetryAfter.parse(" 120 ", Stubs.CLOCK));
  }

  @Test
  void readsAnHttpDateAsTheTimeLeftUntilThen() {
    // Stubs.CLOCK is 2026-11-20T10:00:00Z, a Friday.
    assertEquals(
        Duration.ofSeconds(90), RetryAfter.parse("Fri, 20 Nov 2026 10:01:30 GMT", Stubs.CLOCK));
  }

  @Test
  void aDateAlreadyPastMeansRetryNow() {
    assertEquals(Duration.ZERO, RetryAfter.parse("Fri, 20 Nov 2026 09:59:00 GMT", Stubs.CLOCK));
  }

  @Test
  void aMissingOrUnreadableHeaderFallsBackToAMinute() {
    assertEquals(RetryAfter.FALLBACK, RetryAfter.parse(null, Stubs.CLOCK));
    assertEquals(RetryAfter.FALLBACK, RetryAfter.parse("soon", Stubs.CLOCK));
    assertEquals(Duration.ofMinutes(1), RetryAfter.FALLBACK);
  }
}
