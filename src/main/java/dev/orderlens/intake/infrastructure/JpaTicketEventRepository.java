package dev.orderlens.intake.infrastructure;

import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.intake.domain.Ticket;
import dev.orderlens.intake.domain.TicketEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

  @Override
  public Optional<Enrichment> enrichmentOf(String source, String eventId) {
    return find(source, eventId, LockModeType.PESSIMISTIC_READ)
        .map(e -> e.enrichment)
        .map(EnrichmentJson::read);
  }

  @Override
  public Enrichment complete(String source, String eventId, Enrichment enrichment, Instant at) {
    TicketEventEntity event =
        find(source, eventId, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(() -> new IllegalStateException("Event to complete is not recorded"));
    String json = EnrichmentJson.write(enrichment);
    event.complete(json, at);
    return EnrichmentJson.read(json);
  }

  private Optional<TicketEventEntity> find(String source, String eventId, LockModeType lock) {
    return em.createQuery(
            "SELECT e FROM TicketEventEntity e WHERE e.source = :source AND e.eventId = :eventId",
            TicketEventEntity.class)
        .setParameter("source", source)
        .setParameter("eventId", eventId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }
}
