package dev.orderlens.writeback.infrastructure;

import dev.orderlens.intake.domain.TicketEnriched;
import dev.orderlens.platform.JsonCodec;
import dev.orderlens.platform.outbox.Outbox;
import dev.orderlens.writeback.domain.WriteBackPlanner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Queues the write-back of every ticket enriched in the background, in the enriching transaction:
 * the enrichment and its write-back commit together or not at all. One write-back per event.
 */
@ApplicationScoped
public class WriteBackQueue {

  @Inject Outbox outbox;

  void onEnriched(@Observes TicketEnriched enriched) {
    outbox.enqueue(
        HelpdeskWriteBackHandler.KIND,
        enriched.helpdesk(),
        "writeback:" + enriched.helpdesk() + ":" + enriched.eventId(),
        JsonCodec.write(WriteBackPlanner.plan(enriched.enrichment())));
  }
}
