package dev.orderlens.intake.infrastructure;

import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.enrichment.domain.MessageHistory;
import dev.orderlens.intake.domain.InboundEvent;
import dev.orderlens.intake.domain.TicketEventRepository;
import dev.orderlens.platform.JsonCodec;
import dev.orderlens.platform.SqlValues;
import dev.orderlens.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * MariaDB-backed event store. {@code INSERT IGNORE} on the (source, event_id) unique key records an
 * event once however many copies arrive together, without an exception that would doom the
 * transaction. Every method is a short transaction of its own (or joins the caller's): none is held
 * while an event is enriched.
 */
@ApplicationScoped
public class SqlTicketEventRepository implements TicketEventRepository {

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Override
  @Transactional
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
            .setParameter(5, SqlValues.utc(at))
            .executeUpdate();
    return inserted == 1;
  }

  /** Read outside a transaction: each call sees the latest committed row. */
  @Override
  public Optional<Enrichment> enrichmentOf(String source, String eventId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT enrichment FROM ticket_event WHERE source = ? AND event_id = ?")
            .setParameter(1, source)
            .setParameter(2, eventId)
            .getResultList();
    return rows.stream()
        .filter(Objects::nonNull)
        .map(String.class::cast)
        .findFirst()
        .map(EnrichmentJson::read);
  }

  @Override
  @Transactional
  public Optional<Enrichment> completeIfReceived(
      String source, String eventId, Enrichment enrichment, Instant at) {
    String json = EnrichmentJson.write(enrichment);
    int updated =
        em.createNativeQuery(
                "UPDATE ticket_event SET enrichment = ?, enriched_at = ?, status = 'ENRICHED',"
                    + " order_key = ? WHERE source = ? AND event_id = ? AND status = 'RECEIVED'")
            .setParameter(1, json)
            .setParameter(2, SqlValues.utc(at))
            .setParameter(3, orderKey(enrichment))
            .setParameter(4, source)
            .setParameter(5, eventId)
            .executeUpdate();
    return updated == 1 ? Optional.of(EnrichmentJson.read(json)) : Optional.empty();
  }

  @Override
  @Transactional
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
            .setParameter(6, SqlValues.utc(at))
            .setParameter(7, event.causedByOrderlens() ? "IGNORED" : "RECEIVED")
            .executeUpdate();
    return inserted == 1;
  }

  @Override
  public Optional<PendingEvent> pending(String source, String eventId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT ticket FROM ticket_event WHERE source = ? AND event_id = ?"
                    + " AND status = 'RECEIVED' AND ticket IS NOT NULL")
            .setParameter(1, source)
            .setParameter(2, eventId)
            .getResultList();
    return rows.stream()
        .map(String.class::cast)
        .map(t -> new PendingEvent(source, eventId, JsonCodec.read(t, Ticket.class)))
        .findFirst();
  }

  @Override
  @Transactional
  public boolean takeOverStale(String source, String eventId, Instant recordedBefore, Instant at) {
    return em.createNativeQuery(
                "UPDATE ticket_event SET received_at = ? WHERE source = ? AND event_id = ?"
                    + " AND status = 'RECEIVED' AND received_at < ?")
            .setParameter(1, SqlValues.utc(at))
            .setParameter(2, source)
            .setParameter(3, eventId)
            .setParameter(4, SqlValues.utc(recordedBefore))
            .executeUpdate()
        == 1;
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

  /** The order an enrichment is about: the first one shown, when any may be shown. */
  private static String orderKey(Enrichment enrichment) {
    return enrichment.orders().isEmpty()
        ? null
        : MessageHistory.orderKey(
            enrichment.orders().get(0).store(), enrichment.orders().get(0).number().value());
  }
}
