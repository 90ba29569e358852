package dev.orderlens.intake.infrastructure;

import dev.orderlens.intake.domain.EventAccepted;
import dev.orderlens.intake.domain.IntakeService;
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
 * Enriches accepted helpdesk events in the background: at once after the 202 is committed, and on a
 * poll that also picks up events a stopped instance had not finished.
 */
@ApplicationScoped
public class PendingEventRelay {

  @Inject BackgroundWork background;
  @Inject IntakeService intake;

  @Inject
  @ConfigProperty(name = "intake.poll-millis", defaultValue = "2000")
  long pollMillis;

  private ScheduledFuture<?> polling;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    polling = background.poll("events", intake::enrichNextPending, pollMillis);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  void onAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventAccepted accepted) {
    background.drainNow("events", intake::enrichNextPending);
  }
}
