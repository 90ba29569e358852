package dev.orderlens.intake.domain;

import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.enrichment.domain.EnrichmentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Receives an authenticated ticket event: records it, enriches it once, and answers every copy of
 * the same event with the same enrichment. Recording and enrichment commit together, so an event is
 * never acknowledged without being stored.
 */
@ApplicationScoped
public class IntakeService {

  private TicketEventRepository events;
  private EnrichmentService enrichment;
  private Clock clock;

  /** For CDI's client proxy only. */
  protected IntakeService() {}

  @Inject
  public IntakeService(TicketEventRepository events, EnrichmentService enrichment, Clock clock) {
    this.events = events;
    this.enrichment = enrichment;
    this.clock = clock;
  }

  @Transactional
  public Enrichment receive(String source, String eventId, Ticket ticket, String payload) {
    if (!events.recordIfAbsent(source, eventId, ticket, payload, clock.instant())) {
      return events
          .enrichmentOf(source, eventId)
          .orElseThrow(() -> new EventInProgressException(eventId));
    }
    return events.complete(source, eventId, enrichment.enrich(ticket), clock.instant());
  }
}
