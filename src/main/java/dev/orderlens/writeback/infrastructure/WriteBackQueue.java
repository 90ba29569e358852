package dev.orderlens.writeback.infrastructure;

import dev.orderlens.intake.domain.TicketEnriched;
import dev.orderlens.platform.JsonCodec;
import dev.orderlens.platform.outbox.Outbox;
import dev.orderlens.writeback.domain.TicketUpdate;
import dev.orderlens.writeback.domain.WriteBackPlanner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Queues the write-back of every ticket enriched in the background, in the enriching transaction:
 * the enrichment and its write-back commit together or not at all. The queue keeps the latest
 * write-back per ticket: a newer enrichment of the same ticket replaces one still waiting, and one
 * in flight is followed by the newer one, never overtaken, so one ticket is written by one worker
 * at a time whatever the number of instances.
 */
@ApplicationScoped
public class WriteBackQueue {

  @Inject Outbox outbox;

  void onEnriched(@Observes TicketEnriched enriched) {
    TicketUpdate update = WriteBackPlanner.plan(enriched.enrichment());
    outbox.enqueueLatest(
        HelpdeskWriteBackHandler.KIND,
        enriched.helpdesk(),
        "writeback:" + enriched.helpdesk() + ":ticket:" + update.ticketId(),
        JsonCodec.write(update));
  }
}
