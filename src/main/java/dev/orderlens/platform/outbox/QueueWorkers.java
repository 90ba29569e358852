package dev.orderlens.platform.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A bounded number of worker threads per item kind and instance ({@code queue.workers.<kind>}),
 * each claiming a few items at a time ({@code queue.claim-batch}) and delivering them one by one.
 * Committed work wakes them at once; a poll finds work that became due later or that another
 * instance left behind. The request threads only insert and signal: the background slows down under
 * a burst, never the acknowledgement.
 */
@ApplicationScoped
public class QueueWorkers {
  private static final Logger LOG = Logger.getLogger(QueueWorkers.class.getName());

  @Resource ManagedThreadFactory threads;
  @Resource ContextService contexts;
  @Inject WorkQueue queue;
  @Inject QueueMetrics metrics;
  @Inject IntakePressure intake;

  @Inject
  @ConfigProperty(name = "queue.yield-millis", defaultValue = "15")
  long yieldMillis;

  @Inject Instance<OutboxHandler> handlers;
  @Inject Config config;

  @Inject
  @ConfigProperty(name = "outbox.poll-millis", defaultValue = "1000")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "queue.items-per-context", defaultValue = "16")
  int itemsPerContext;

  /**
   * How many due items a worker claims in one transaction: each claim is a transaction of its own
   * (under load, a third of the database's statements went to one-item claims), while items claimed
   * together wait for each other, so the batch stays small.
   */
  @Inject
  @ConfigProperty(name = "queue.claim-batch", defaultValue = "4")
  int claimBatch;

  private final Map<String, Semaphore> signals = new ConcurrentHashMap<>();
  private final Map<String, Integer> workerCounts = new ConcurrentHashMap<>();
  private final List<Thread> running = new ArrayList<>();
  private final AtomicLong lastRelease = new AtomicLong();
  private volatile boolean stopping;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    for (OutboxHandler handler : handlers) {
      String kind = handler.kind();
      int count =
          config
              .getOptionalValue("queue.workers." + kind, Integer.class)
              .orElse(handler.defaultWorkers());
      workerCounts.put(kind, count);
      metrics.watch(kind);
      signals.put(kind, new Semaphore(0));
      for (int i = 0; i < count; i++) {
        Thread worker = threads.newThread(() -> work(handler));
        worker.setName("orderlens-" + kind + "-" + i);
        worker.start();
        running.add(worker);
      }
    }
    LOG.info(() -> "Queue workers per kind: " + workerCounts);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
    stopping = true;
    running.forEach(Thread::interrupt);
  }

  /** Work committed: wake a worker of its kind (at most as many wake-ups as there are workers). */
  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.MessageQueued queued) {
    Semaphore signal = signals.get(queued.kind());
    if (signal != null && signal.availablePermits() < workerCounts.get(queued.kind())) {
      signal.release();
    }
  }

  private void work(OutboxHandler handler) {
    Semaphore signal = signals.get(handler.kind());

    while (!stopping) {
      try {
        if (metrics.due()) {
          metrics.refresh();
        }
        yieldToIntake();
        List<OutboxEntry> claimed = queue.claim(handler.kind(), claimBatch);
        if (!claimed.isEmpty()) {
          // A run of items is one invocation of the application's context: what the server opens
          // for it (a non-transactional persistence context) is closed when the run ends. (A proxy
          // made once per worker and called per item does not close it: measured.) Making the
          // contextual proxy looks its providers up on the class path each time: once per item,
          // that was a tenth of the workers' CPU under load (a flight recording of the drills).
          contexts.contextualRunnable(() -> processRun(handler, claimed)).run();
        } else {
          releaseExpiredClaims();
          signal.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The database may be away (or not migrated yet at start): wait a poll, then go on.
        LOG.log(Level.WARNING, handler.kind() + " worker: " + e.getClass().getName());
        if (!pause()) {
          return;
        }
      }
    }
  }

  /**
   * Processes the claimed items, then goes on claiming and processing items of its kind until none
   * is due, {@code queue.items-per-context} were done, or webhooks press (the loop yields then);
   * claimed items the run does not reach are given back untried.
   */
  private void processRun(OutboxHandler handler, List<OutboxEntry> claimed) {
    List<OutboxEntry> batch = claimed;
    int done = 0;
    while (true) {
      long claimedAt = System.nanoTime();
      for (int i = 0; i < batch.size(); i++) {
        if (i > 0
            && !mayGoOn(
                done,
                itemsPerContext,
                stopping,
                intake.busy(),
                Duration.ofNanos(System.nanoTime() - claimedAt),
                queue.lease())) {
          queue.release(batch.subList(i, batch.size()));
          return;
        }
        process(handler, batch.get(i));
        done++;
      }
      if (!mayGoOn(done, itemsPerContext, stopping, intake.busy(), Duration.ZERO, queue.lease())) {
        return;
      }
      batch = queue.claim(handler.kind(), Math.min(claimBatch, itemsPerContext - done));
      if (batch.isEmpty()) {
        return;
      }
    }
  }

  /**
   * Whether a run goes on to its next item: fewer than {@code limit} done, the instance not
   * stopping, no webhooks pressing, and the claim not yet half through its lease (an item is never
   * started so late that its lease could run out while it is delivered, and another worker take
   * it).
   */
  static boolean mayGoOn(
      int done, int limit, boolean stopping, boolean intakeBusy, Duration held, Duration lease) {
    return done < limit && !stopping && !intakeBusy && held.compareTo(lease.dividedBy(2)) < 0;
  }

  private void process(OutboxHandler handler, OutboxEntry entry) {
    try {
      handler.deliver(entry);
      queue.delivered(entry);
      metrics.outcome(entry, "delivered");
    } catch (DeliveryException e) {
      boolean dead = queue.failed(entry, e.getMessage(), e.isRetryable(), e.retryAfter());
      metrics.outcome(entry, dead ? "dead" : "failed");
      LOG.info(
          () -> describe(entry) + (dead ? " failed for good: " : " failed: ") + e.getMessage());
    } catch (RuntimeException e) {
      // A bug or a local failure: recorded like any other failure, so the item backs off.
      boolean dead = queue.failed(entry, e.getClass().getSimpleName() + where(e), true, null);
      metrics.outcome(entry, dead ? "dead" : "failed");
      LOG.log(
          Level.WARNING,
          describe(entry)
              + (dead ? " failed for good: " : " failed: ")
              + e.getClass().getName()
              + where(e));
    }
  }

  /** Frees items whose claim ran out, at most once per poll period per instance. */
  private void releaseExpiredClaims() {
    long now = System.nanoTime();
    long last = lastRelease.get();
    if (now - last >= TimeUnit.MILLISECONDS.toNanos(pollMillis)
        && lastRelease.compareAndSet(last, now)) {
      int freed = queue.releaseExpiredClaims();
      if (freed > 0) {
        LOG.info(() -> freed + " queued item(s) whose claim ran out are due again");
      }
    }
  }

  /**
   * While webhooks arrive, a worker waits a little before each item (at most a few times in a row),
   * so the acknowledgements get the CPU first and the background catches up afterwards.
   */
  private void yieldToIntake() throws InterruptedException {
    for (int i = 0; i < 4 && yieldMillis > 0 && intake.busy(); i++) {
      Thread.sleep(yieldMillis);
    }
  }

  private boolean pause() {
    try {
      Thread.sleep(pollMillis);
      return !stopping;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Where in Orderlens' code a failure arose, without its message (it may quote data). */
  static String where(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.orderlens.")) {
        return " at "
            + frame.getClassName()
            + "."
            + frame.getMethodName()
            + ":"
            + frame.getLineNumber();
      }
    }
    return "";
  }

  private static String describe(OutboxEntry entry) {
    return "Queued " + entry.kind() + " #" + entry.id() + " attempt " + entry.attempts();
  }
}
