package dev.orderlens.intake.infrastructure;

import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.enrichment.domain.MessageHistory;
import dev.orderlens.intake.domain.InboundEvent;
import dev.orderlens.intake.domain.Ticket;
import dev.orderlens.intake.domain.TicketEventRepository;
import dev.orderlens.platform.JsonCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * MariaDB-backed event store. {@code INSERT IGNORE} on the (source, event_id) unique key makes
 * concurrent copies of one event wait for the first and then find it recorded, without an exception
 * that would doom the transaction.
 */
@ApplicationScoped
public class JpaTicketEventRepository implements TicketEventRepository {

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Override
  public boolean recordIfAbsent(
      String source, String eventId, Ticket ticket, String payload, Instant at) {
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO ticket_event"
                    + " (source, event_id, ticket_id, payload, received_at, status)"
                    + " VALUES (?, ?, ?, ?, ?, 'RECEIVED')")
            .setParameter(1, source)
            .setParameter(2, eventId)
            .setParameter(3, ticket.id())
            .setParameter(4, payload)
            .setParameter(5, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
            .executeUpdate();
    return inserted == 1;
  }

  /**
   * A shared-lock read: it sees the latest committed row whatever this transaction saw before, and
   * several readers do not block each other (EclipseLink turns PESSIMISTIC_READ into FOR UPDATE,
   * which deadlocks concurrent copies of one event).
   */
  @Override
  public Optional<Enrichment> enrichmentOf(String source, String eventId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT enrichment FROM ticket_event WHERE source = ? AND event_id = ?"
                    + " LOCK IN SHARE MODE")
            .setParameter(1, source)
            .setParameter(2, eventId)
            .getResultList();
    return rows.stream()
        .filter(Objects::nonNull)
        .map(String.class::cast)
        .findFirst()
        .map(EnrichmentJson::read);
  }

  /** Only the transaction that recorded the event completes it, so no lock is taken first. */
  @Override
  public Enrichment complete(String source, String eventId, Enrichment enrichment, Instant at) {
    String json = EnrichmentJson.write(enrichment);
    int updated =
        em.createNativeQuery(
                "UPDATE ticket_event SET enrichment = ?, enriched_at = ?, status = 'ENRICHED',"
                    + " order_key = ? WHERE source = ? AND event_id = ?")
            .setParameter(1, json)
            .setParameter(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
            .setParameter(3, orderKey(enrichment))
            .setParameter(4, source)
            .setParameter(5, eventId)
            .executeUpdate();
    if (updated != 1) {
      throw new IllegalStateException("Event to complete is not recorded");
    }
    return EnrichmentJson.read(json);
  }

  @Override
  public boolean recordForLater(String source, InboundEvent event, String payload, Instant at) {
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO ticket_event"
                    + " (source, event_id, ticket_id, payload, ticket, received_at, status)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")
            .setParameter(1, source)
            .setParameter(2, event.eventId())
            .setParameter(3, event.ticket().id())
            .setParameter(4, payload)
            .setParameter(5, JsonCodec.write(event.ticket()))
            .setParameter(6, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
            .setParameter(7, event.causedByOrderlens() ? "IGNORED" : "RECEIVED")
            .executeUpdate();
    return inserted == 1;
  }

  @Override
  public Optional<PendingEvent> claimNextPending() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT source, event_id, ticket FROM ticket_event"
                    + " WHERE status = 'RECEIVED' AND ticket IS NOT NULL"
                    + " ORDER BY received_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new PendingEvent(
                    (String) r[0], (String) r[1], JsonCodec.read((String) r[2], Ticket.class)))
        .findFirst();
  }

  @Override
  public int countEarlier(String source, String eventId, String ticketId, String orderKey) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM ticket_event WHERE NOT (source = ? AND event_id = ?)"
                        + " AND ((source = ? AND ticket_id = ?) OR order_key = ?)")
                .setParameter(1, source)
                .setParameter(2, eventId)
                .setParameter(3, source)
                .setParameter(4, ticketId)
                .setParameter(5, orderKey)
                .getSingleResult())
        .intValue();
  }

  @Override
  public void fail(String source, String eventId, Instant at) {
    em.createNativeQuery(
            "UPDATE ticket_event SET status = 'FAILED', enriched_at = ?"
                + " WHERE source = ? AND event_id = ?")
        .setParameter(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
        .setParameter(2, source)
        .setParameter(3, eventId)
        .executeUpdate();
  }

  /** The order an enrichment is about: the first one shown, when any may be shown. */
  private static String orderKey(Enrichment enrichment) {
    return enrichment.orders().isEmpty()
        ? null
        : MessageHistory.orderKey(
            enrichment.orders().get(0).store(), enrichment.orders().get(0).number().value());
  }
}
