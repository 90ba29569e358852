package dev.orderlens.intake.application;

import dev.orderlens.enrichment.application.EnrichmentService;
import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.enrichment.domain.MessageHistory;
import dev.orderlens.intake.domain.AcceptOutcome;
import dev.orderlens.intake.domain.EventInProgressException;
import dev.orderlens.intake.domain.InboundEvent;
import dev.orderlens.intake.domain.TicketEventRepository;
import dev.orderlens.platform.JsonCodec;
import dev.orderlens.platform.outbox.Outbox;
import dev.orderlens.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives authenticated ticket events. A native helpdesk event is recorded with its enrichment
 * queued, in one short transaction, and answered at once; a generic event is recorded, enriched and
 * answered, every copy of it with the same enrichment. No transaction is open while an event is
 * enriched (enrichment asks shops and tracking providers): recording and completing are short
 * transactions of their own.
 */
@ApplicationScoped
public class IntakeService {

  private TicketEventRepository events;
  private EnrichmentService enrichment;
  private EnrichmentCompletion completion;
  private Outbox outbox;
  private Clock clock;

  @Inject
  @ConfigProperty(name = "intake.copy-wait-millis", defaultValue = "8000")
  long copyWaitMillis;

  @Inject
  @ConfigProperty(name = "intake.stale-seconds", defaultValue = "60")
  long staleSeconds;

  /** For CDI's client proxy only. */
  protected IntakeService() {}

  @Inject
  public IntakeService(
      TicketEventRepository events,
      EnrichmentService enrichment,
      EnrichmentCompletion completion,
      Outbox outbox,
      Clock clock) {
    this.events = events;
    this.enrichment = enrichment;
    this.completion = completion;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Records a native helpdesk event and queues its enrichment, in one transaction; the caller
   * answers 202 at once, inside the helpdesk's timeout.
   */
  @Transactional
  public AcceptOutcome accept(String helpdesk, InboundEvent event, String payload) {
    if (!events.recordForLater(helpdesk, event, payload, clock.instant())) {
      return AcceptOutcome.DUPLICATE;
    }
    if (event.causedByOrderlens()) {
      return AcceptOutcome.IGNORED;
    }
    outbox.enqueue(
        EventEnrichmentHandler.KIND,
        helpdesk,
        "enrich:" + helpdesk + ":" + event.eventId(),
        JsonCodec.write(Map.of("source", helpdesk, "eventId", event.eventId())));
    return AcceptOutcome.ACCEPTED;
  }

  /**
   * Enriches a native event accepted earlier and queues its write-back; nothing happens when it was
   * enriched already (a work item handed over again after its instance stopped).
   */
  public void enrichAccepted(String source, String eventId) {
    Optional<TicketEventRepository.PendingEvent> pending = events.pending(source, eventId);
    if (pending.isEmpty()) {
      return;
    }
    Ticket ticket = pending.get().ticket();
    Enrichment result = enrichment.enrich(ticket, history(source, eventId, ticket));
    completion.completeAccepted(pending.get(), result);
  }

  /**
   * Enriches a generic event and answers with its enrichment. A copy of an event that is being
   * enriched waits for that enrichment; an event whose recorder stopped before completing it is
   * taken over.
   */
  public Enrichment receive(String source, String eventId, Ticket ticket, String payload) {
    if (!events.recordIfAbsent(source, eventId, ticket, payload, clock.instant())) {
      Optional<Enrichment> done = awaitEnrichment(source, eventId);
      if (done.isPresent()) {
        return done.get();
      }
      var now = clock.instant();
      if (!events.takeOverStale(source, eventId, now.minusSeconds(staleSeconds), now)) {
        throw new EventInProgressException(eventId);
      }
    }
    Enrichment result = enrichment.enrich(ticket, history(source, eventId, ticket));
    return completion.completeReceived(source, eventId, ticket, result);
  }

  private MessageHistory history(String source, String eventId, Ticket ticket) {
    return orderKey -> events.countEarlier(source, eventId, ticket.id(), orderKey);
  }

  private Optional<Enrichment> awaitEnrichment(String source, String eventId) {
    long deadline = System.nanoTime() + Duration.ofMillis(copyWaitMillis).toNanos();
    while (true) {
      Optional<Enrichment> done = events.enrichmentOf(source, eventId);
      if (done.isPresent() || System.nanoTime() > deadline) {
        return done;
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }
}
