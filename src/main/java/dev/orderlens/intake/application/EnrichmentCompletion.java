package dev.orderlens.intake.application;

import dev.orderlens.carrier.application.ComplaintRecorder;
import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.intake.domain.EventInProgressException;
import dev.orderlens.intake.domain.TicketEnriched;
import dev.orderlens.intake.domain.TicketEventRepository;
import dev.orderlens.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Stores an event's enrichment and announces it, in one short transaction: what observers write
 * (the helpdesk write-back, a courier complaint) commits exactly when the enrichment does. Only the
 * first completion of an event counts; a later one (two workers after a takeover) changes nothing.
 */
@ApplicationScoped
public class EnrichmentCompletion {

  @Inject TicketEventRepository events;
  @Inject Clock clock;
  @Inject Event<TicketEnriched> enriched;
  @Inject ComplaintRecorder complaints;

  /** A native event's enrichment: announced for the write-back and the carrier feedback. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void completeAccepted(TicketEventRepository.PendingEvent pending, Enrichment result) {
    events
        .completeIfReceived(pending.source(), pending.eventId(), result, clock.instant())
        .ifPresent(
            stored -> {
              enriched.fire(new TicketEnriched(pending.source(), pending.eventId(), stored));
              recordCourierComplaint(pending.source(), pending.ticket(), stored);
            });
  }

  /** A generic event's enrichment, as stored: the answer every copy of the event gets. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Enrichment completeReceived(
      String source, String eventId, Ticket ticket, Enrichment result) {
    var stored = events.completeIfReceived(source, eventId, result, clock.instant());
    if (stored.isEmpty()) {
      return events
          .enrichmentOf(source, eventId)
          .orElseThrow(() -> new EventInProgressException(eventId));
    }
    recordCourierComplaint(source, ticket, stored.get());
    return stored.get();
  }

  private void recordCourierComplaint(String source, Ticket ticket, Enrichment enrichment) {
    complaints.record(
        source + ":" + ticket.id(),
        enrichment.courierComplaint(),
        enrichment.shipments(),
        ticket.text());
  }
}
