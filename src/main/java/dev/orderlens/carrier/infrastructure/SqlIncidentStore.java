package dev.orderlens.carrier.infrastructure;

import dev.orderlens.carrier.domain.report.Incident;
import dev.orderlens.carrier.domain.report.IncidentState;
import dev.orderlens.carrier.domain.report.IncidentStore;
import dev.orderlens.platform.SqlValues;
import dev.orderlens.tracking.domain.ledger.PostcodePrefix;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores incidents with their complaint and rebuilds them as domain {@link Incident}s, so every
 * state change goes through the incident's own transition rules.
 */
@ApplicationScoped
public class SqlIncidentStore implements IncidentStore {

  private static final String SELECT =
      "SELECT i.id, c.id, c.tracking_number, c.carrier, c.ticket_reference, c.category,"
          + " c.confidence, c.blame, c.signals, c.event_codes, c.words_digest,"
          + " i.carrier_status_code, i.postcode_prefix, i.opened_at, i.state, i.dispute_reason,"
          + " i.changed_at FROM carrier_incident i JOIN carrier_complaint c ON c.id = i.complaint_id";

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  void insert(long complaintId, Incident incident) {
    var snapshot = incident.snapshot();
    em.createNativeQuery(
            "INSERT IGNORE INTO carrier_incident (complaint_id, carrier, carrier_status_code,"
                + " postcode_prefix, state, dispute_reason, opened_at, changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, complaintId)
        .setParameter(2, incident.carrier())
        .setParameter(3, snapshot.carrierStatusCode())
        .setParameter(
            4, snapshot.postcodePrefix() == null ? null : snapshot.postcodePrefix().value())
        .setParameter(5, incident.state().name())
        .setParameter(6, snapshot.disputeReason())
        .setParameter(7, SqlValues.utc(incident.openedAt()))
        .setParameter(8, SqlValues.utc(incident.changedAt()))
        .executeUpdate();
  }

  boolean existsFor(long complaintId) {
    return idFor(complaintId) != null;
  }

  Long idFor(long complaintId) {
    List<?> ids =
        em.createNativeQuery("SELECT id FROM carrier_incident WHERE complaint_id = ?")
            .setParameter(1, complaintId)
            .getResultList();
    return ids.isEmpty() ? null : SqlValues.number(ids.get(0));
  }

  /** The incident, locked for an answer from its carrier. */
  @Override
  public Optional<Stored> findForUpdate(long id) {
    return query(" WHERE i.id = ? FOR UPDATE", id).stream().findFirst();
  }

  @Override
  public void save(Stored stored) {
    Incident i = stored.incident();
    em.createNativeQuery(
            "UPDATE carrier_incident SET state = ?, dispute_reason = ?, changed_at = ? WHERE id = ?")
        .setParameter(1, i.state().name())
        .setParameter(2, i.snapshot().disputeReason())
        .setParameter(3, SqlValues.utc(i.changedAt()))
        .setParameter(4, stored.id())
        .executeUpdate();
  }

  /** A carrier's incidents (all carriers for null) newest first, optionally in one state. */
  @Override
  public List<Stored> list(String carrier, IncidentState state, int limit) {
    return query(
        " WHERE (?1 IS NULL OR i.carrier = ?1) AND (?2 IS NULL OR i.state = ?2)"
            + " ORDER BY i.opened_at DESC, i.id DESC LIMIT "
            + Math.max(1, Math.min(limit, 1000)),
        carrier,
        state == null ? null : state.name());
  }

  /** Incidents of a carrier opened in [from, to), oldest first, for a report. */
  @Override
  public List<Stored> openedBetween(String carrier, Instant from, Instant to) {
    return query(
        " WHERE i.carrier = ?1 AND i.opened_at >= ?2 AND i.opened_at < ?3 ORDER BY i.id",
        carrier,
        SqlValues.utc(from),
        SqlValues.utc(to));
  }

  /** How many of a carrier's incidents stand in each state. */
  @Override
  public Map<IncidentState, Long> countsByState(String carrier) {
    Map<IncidentState, Long> counts = new EnumMap<>(IncidentState.class);
    for (IncidentState s : IncidentState.values()) {
      counts.put(s, 0L);
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT state, COUNT(*) FROM carrier_incident WHERE carrier = ? GROUP BY state")
            .setParameter(1, carrier)
            .getResultList();
    rows.stream()
        .map(Object[].class::cast)
        .forEach(r -> counts.put(IncidentState.valueOf((String) r[0]), SqlValues.number(r[1])));
    return counts;
  }

  private List<Stored> query(String where, Object... params) {
    var q = em.createNativeQuery(SELECT + where);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    List<?> rows = q.getResultList();
    return rows.stream().map(Object[].class::cast).map(SqlIncidentStore::stored).toList();
  }

  private static Stored stored(Object[] r) {
    Object[] complaint = new Object[10];
    System.arraycopy(r, 1, complaint, 0, 10);
    String prefix = (String) r[12];
    Incident incident =
        Incident.restore(
            SqlComplaintStore.restore(complaint),
            (String) r[11],
            prefix == null ? null : new PostcodePrefix(prefix),
            SqlValues.instant(r[13]),
            IncidentState.valueOf((String) r[14]),
            (String) r[15],
            SqlValues.instant(r[16]));
    return new Stored(SqlValues.number(r[0]), (String) r[3], incident);
  }
}
