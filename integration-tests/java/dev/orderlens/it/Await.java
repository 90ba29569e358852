package dev.orderlens.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for background work (enrichment, outbox) to show its effect, failing after a limit. */
public final class Await {
  private Await() {}

  public static void until(Duration limit, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("Timed out after " + limit.toSeconds() + " s waiting for " + what);
  }
}
