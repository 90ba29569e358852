package dev.orderlens.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * When a worker's run of claimed items goes on to the next one, and when it gives the rest back.
 */
class QueueRunTest {

  private static final Duration LEASE = Duration.ofSeconds(120);

  @Test
  void goesOnWhileNothingPressesAndTheLeaseIsYoung() {
    assertTrue(QueueWorkers.mayGoOn(3, 16, false, false, Duration.ofSeconds(10), LEASE));
  }

  @Test
  void stopsAtTheRunsLimit() {
    assertFalse(QueueWorkers.mayGoOn(16, 16, false, false, Duration.ZERO, LEASE));
  }

  @Test
  void stopsWhenWebhooksPressSoTheAcknowledgementsGetTheCpu() {
    assertFalse(QueueWorkers.mayGoOn(1, 16, false, true, Duration.ZERO, LEASE));
  }

  @Test
  void stopsWhenTheInstanceStops() {
    assertFalse(QueueWorkers.mayGoOn(1, 16, true, false, Duration.ZERO, LEASE));
  }

  @Test
  void neverStartsAnItemOnceHalfItsLeaseIsGoneSoNoOtherWorkerCanTakeItMidDelivery() {
    assertTrue(QueueWorkers.mayGoOn(1, 16, false, false, Duration.ofSeconds(59), LEASE));
    assertFalse(QueueWorkers.mayGoOn(1, 16, false, false, Duration.ofSeconds(60), LEASE));
  }
}
