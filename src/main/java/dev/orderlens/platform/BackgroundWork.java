package dev.orderlens.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Runs queue-draining work on the server's managed executors (Jakarta Concurrency): a step that
 * handles one item per transaction and says whether there may be more is repeated until the queue
 * is empty, on a poll and on demand.
 */
@ApplicationScoped
public class BackgroundWork {
  private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());
  private static final int MAX_STEPS_PER_DRAIN = 200;

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService executor;

  /** Drains the queue every {@code millis}, starting after one period. */
  public ScheduledFuture<?> poll(String name, BooleanSupplier step, long millis) {
    return scheduler.scheduleWithFixedDelay(
        () -> drain(name, step), millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Drains the queue in the background now. */
  public void drainNow(String name, BooleanSupplier step) {
    executor.execute(() -> drain(name, step));
  }

  private static void drain(String name, BooleanSupplier step) {
    try {
      for (int i = 0; i < MAX_STEPS_PER_DRAIN && step.getAsBoolean(); i++) {
        // one item per step
      }
    } catch (RuntimeException e) {
      LOG.warning(() -> name + " drain interrupted: " + e.getClass().getName());
    }
  }
}
