package dev.orderlens.platform.outbox;

import dev.orderlens.platform.BackgroundWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the outbox moving: a poll finds rows that are due (including those an instance left behind
 * when it stopped), and a commit that queued rows drains at once.
 */
@ApplicationScoped
public class OutboxRelay {

  @Inject BackgroundWork background;
  @Inject OutboxWorker worker;

  @Inject
  @ConfigProperty(name = "outbox.poll-millis", defaultValue = "1000")
  long pollMillis;

  private ScheduledFuture<?> polling;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    polling = background.poll("outbox", worker::deliverNext, pollMillis);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.MessageQueued queued) {
    background.drainNow("outbox", worker::deliverNext);
  }
}
