package dev.orderlens.intake.application;

import dev.orderlens.platform.RequestBodies;
import dev.orderlens.platform.outbox.OutboxEntry;
import dev.orderlens.platform.outbox.OutboxHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * Enriches accepted native helpdesk events from the work queue: the queue's workers, not the
 * request threads, do the enrichment, so a burst of webhooks slows the background down and never
 * the 202.
 */
@ApplicationScoped
public class EventEnrichmentHandler implements OutboxHandler {
  public static final String KIND = "enrichment";

  @Inject IntakeService intake;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int defaultWorkers() {
    return 2;
  }

  @Override
  public void deliver(OutboxEntry entry) {
    JsonObject item =
        RequestBodies.jsonObject(
            entry.payload().getBytes(StandardCharsets.UTF_8), IllegalStateException::new);
    intake.enrichAccepted(item.getString("source"), item.getString("eventId"));
  }
}
