package dev.orderlens.intake.domain;

import dev.orderlens.enrichment.domain.Enrichment;
import java.time.Instant;
import java.util.Optional;

/**
 * Port to the durable store of received webhook events. The store, not memory, guarantees that an
 * event (source + event id) is recorded once however many copies arrive at the same time.
 */
public interface TicketEventRepository {

  /**
   * Records the event unless it is already there. When another transaction is recording the same
   * event right now, waits for it to finish.
   *
   * @return true when this call recorded it, false when it was already recorded
   */
  boolean recordIfAbsent(String source, String eventId, Ticket ticket, String payload, Instant at);

  /** The enrichment stored for an event, read past any snapshot: the latest committed value. */
  Optional<Enrichment> enrichmentOf(String source, String eventId);

  /** Stores the event's enrichment and returns it as stored, so every answer reads the same. */
  Enrichment complete(String source, String eventId, Enrichment enrichment, Instant at);

  /**
   * Records a native helpdesk event for enrichment in the background, with its canonical ticket;
   * one that Orderlens caused itself is recorded as ignored.
   *
   * @return true when this call recorded it, false when it was already recorded
   */
  boolean recordForLater(String source, InboundEvent event, String payload, Instant at);

  /**
   * Claims the oldest event waiting for enrichment, locked until the transaction ends and skipped
   * by other workers meanwhile.
   */
  Optional<PendingEvent> claimNextPending();

  /** Marks an event that could not be enriched, so it is not tried again. */
  void fail(String source, String eventId, Instant at);

  /**
   * How many events came before this one on the same ticket, or on any ticket about the same order
   * ({@code orderKey} may be null).
   */
  int countEarlier(String source, String eventId, String ticketId, String orderKey);

  /** An event waiting for enrichment. */
  record PendingEvent(String source, String eventId, Ticket ticket) {}
}
