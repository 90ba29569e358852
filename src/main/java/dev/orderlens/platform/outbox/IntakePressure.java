package dev.orderlens.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether webhooks are arriving right now. The queue's workers yield to them: on a machine of a few
 * cores, background enrichment would otherwise take the CPU the acknowledgements need, and a burst
 * would slow the 202s instead of the background. The intake marks each webhook's start and end.
 */
@ApplicationScoped
public class IntakePressure {
  /** A webhook within this many milliseconds counts as pressure. */
  static final long RECENT_MILLIS = 20;

  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong lastStart = new AtomicLong();

  public void started() {
    inFlight.incrementAndGet();
    lastStart.set(System.nanoTime());
  }

  public void finished() {
    inFlight.decrementAndGet();
  }

  /** Whether a webhook is being handled or arrived within the last few milliseconds. */
  public boolean busy() {
    return inFlight.get() > 0 || System.nanoTime() - lastStart.get() < RECENT_MILLIS * 1_000_000L;
  }
}
