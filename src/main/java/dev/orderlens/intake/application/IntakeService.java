package dev.orderlens.intake.domain;

import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.enrichment.domain.EnrichmentService;
import dev.orderlens.enrichment.domain.MessageHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Receives an authenticated ticket event: records it, enriches it once, and answers every copy of
 * the same event with the same enrichment. Recording and enrichment commit together, so an event is
 * never acknowledged without being stored.
 */
@ApplicationScoped
public class IntakeService {
  private static final Logger LOG = Logger.getLogger(IntakeService.class.getName());

  private TicketEventRepository events;
  private EnrichmentService enrichment;
  private Clock clock;
  @Inject Event<EventAccepted> accepted;
  @Inject Event<TicketEnriched> enriched;
  @Inject Event<EnrichedTicket> anyEnriched;

  /** For CDI's client proxy only. */
  protected IntakeService() {}

  @Inject
  public IntakeService(TicketEventRepository events, EnrichmentService enrichment, Clock clock) {
    this.events = events;
    this.enrichment = enrichment;
    this.clock = clock;
  }

  /**
   * Records a native helpdesk event for enrichment in the background; the caller answers 202 at
   * once, inside the helpdesk's timeout.
   */
  @Transactional
  public AcceptOutcome accept(String helpdesk, InboundEvent event, String payload) {
    if (!events.recordForLater(helpdesk, event, payload, clock.instant())) {
      return AcceptOutcome.DUPLICATE;
    }
    if (event.causedByOrderlens()) {
      return AcceptOutcome.IGNORED;
    }
    accepted.fire(new EventAccepted(helpdesk, event.eventId()));
    return AcceptOutcome.ACCEPTED;
  }

  /**
   * Enriches the oldest waiting native event, and announces it so the write-back is queued in the
   * same transaction.
   *
   * @return false when no event was waiting
   */
  @Transactional
  public boolean enrichNextPending() {
    Optional<TicketEventRepository.PendingEvent> next = events.claimNextPending();
    if (next.isEmpty()) {
      return false;
    }
    TicketEventRepository.PendingEvent pending = next.get();
    Enrichment result;
    try {
      result =
          enrichment.enrich(
              pending.ticket(),
              orderKey ->
                  events.countEarlier(
                      pending.source(), pending.eventId(), pending.ticket().id(), orderKey));
    } catch (RuntimeException e) {
      // A ticket that makes enrichment fail must not be retried for ever and block the queue.
      events.fail(pending.source(), pending.eventId(), clock.instant());
      LOG.warning(
          () ->
              "Event "
                  + pending.eventId()
                  + " from "
                  + pending.source()
                  + " could not be enriched: "
                  + e.getClass().getName());
      return true;
    }
    Enrichment stored =
        events.complete(pending.source(), pending.eventId(), result, clock.instant());
    enriched.fire(new TicketEnriched(pending.source(), pending.eventId(), stored));
    anyEnriched.fire(
        new EnrichedTicket(pending.source(), pending.eventId(), pending.ticket(), stored));
    return true;
  }

  @Transactional
  public Enrichment receive(String source, String eventId, Ticket ticket, String payload) {
    if (!events.recordIfAbsent(source, eventId, ticket, payload, clock.instant())) {
      return events
          .enrichmentOf(source, eventId)
          .orElseThrow(() -> new EventInProgressException(eventId));
    }
    MessageHistory earlier =
        orderKey -> events.countEarlier(source, eventId, ticket.id(), orderKey);
    Enrichment result =
        events.complete(source, eventId, enrichment.enrich(ticket, earlier), clock.instant());
    anyEnriched.fire(new EnrichedTicket(source, eventId, ticket, result));
    return result;
  }
}
