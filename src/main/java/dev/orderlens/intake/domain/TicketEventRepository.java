package dev.orderlens.intake.domain;

import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.ticket.domain.Ticket;
import java.time.Instant;
import java.util.Optional;

/**
 * Port to the durable store of received webhook events. The store, not memory, guarantees that an
 * event (source + event id) is recorded once however many copies arrive at the same time.
 */
public interface TicketEventRepository {

  /**
   * Records the event unless it is already there, in a short transaction of its own when called
   * outside one.
   *
   * @return true when this call recorded it, false when it was already recorded
   */
  boolean recordIfAbsent(String source, String eventId, Ticket ticket, String payload, Instant at);

  /** The enrichment stored for an event: the latest committed value, or empty while none is. */
  Optional<Enrichment> enrichmentOf(String source, String eventId);

  /**
   * Stores the enrichment of an event still waiting for one, and returns it as stored, so every
   * answer reads the same; empty when the event was completed meanwhile (by another worker).
   */
  Optional<Enrichment> completeIfReceived(
      String source, String eventId, Enrichment enrichment, Instant at);

  /**
   * Records a native helpdesk event for enrichment in the background, with its canonical ticket;
   * one that Orderlens caused itself is recorded as ignored.
   *
   * @return true when this call recorded it, false when it was already recorded
   */
  boolean recordForLater(String source, InboundEvent event, String payload, Instant at);

  /** A native event still waiting for its enrichment, with its ticket. */
  Optional<PendingEvent> pending(String source, String eventId);

  /**
   * Takes over the enrichment of an event recorded before {@code recordedBefore} and never
   * completed (whoever recorded it stopped): at most one caller gets true.
   */
  boolean takeOverStale(String source, String eventId, Instant recordedBefore, Instant at);

  /**
   * How many events came before this one on the same ticket, or on any ticket about the same order
   * ({@code orderKey} may be null).
   */
  int countEarlier(String source, String eventId, String ticketId, String orderKey);

  /** An event waiting for enrichment. */
  record PendingEvent(String source, String eventId, Ticket ticket) {}
}
