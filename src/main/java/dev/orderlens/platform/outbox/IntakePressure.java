package dev.orderlens.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether webhooks are pressing right now. The queue's workers yield to them: on a machine of a few
 * cores, background enrichment would otherwise take the CPU the acknowledgements need, and a burst
 * would slow the 202s instead of the background. The intake marks each webhook's start and end.
 * Pressure is several webhooks in flight at once ({@code queue.yield-at-webhooks-in-flight}, 2): a
 * steady stream answered as fast as it comes leaves the background its full speed (measured: with
 * any recent webhook counting, the background fell from 53 to 24 events/s under 60 webhooks/s).
 */
@ApplicationScoped
public class IntakePressure {

  private final AtomicInteger inFlight = new AtomicInteger();

  @Inject
  @ConfigProperty(name = "queue.yield-at-webhooks-in-flight", defaultValue = "2")
  int threshold = 2;

  public void started() {
    inFlight.incrementAndGet();
  }

  public void finished() {
    inFlight.decrementAndGet();
  }

  /** Whether at least the configured number of webhooks are being handled at this moment. */
  public boolean busy() {
    return inFlight.get() >= threshold;
  }
}
