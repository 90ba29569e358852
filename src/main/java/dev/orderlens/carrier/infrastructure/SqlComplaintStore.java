package dev.orderlens.carrier.infrastructure;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.complaint.ComplaintRecord;
import dev.orderlens.carrier.domain.complaint.ComplaintStore;
import dev.orderlens.carrier.domain.complaint.TextDigest;
import dev.orderlens.carrier.domain.report.Incident;
import dev.orderlens.carrier.domain.report.IncidentState;
import dev.orderlens.platform.SqlValues;
import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.ledger.PostcodePrefix;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps complaints one per parcel and category: a later ticket about the same parcel is merged into
 * the stored complaint ({@link ComplaintRecord#mergedWith}), and the first one opens the carrier's
 * incident. The row lock taken on the existing complaint serialises two tickets about one parcel.
 */
@ApplicationScoped
public class SqlComplaintStore implements ComplaintStore {

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Inject SqlIncidentStore incidents;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Stored record(ComplaintRecord found, Instant at) {
    ComplaintRecord complaint = asRegistered(found);
    List<?> existing =
        em.createNativeQuery(
                "SELECT id, tracking_number, carrier, ticket_reference, category, confidence, blame,"
                    + " signals, event_codes, words_digest FROM carrier_complaint"
                    + " WHERE tracking_number = ? AND category = ? FOR UPDATE")
            .setParameter(1, complaint.trackingNumber())
            .setParameter(2, complaint.category().name())
            .getResultList();
    Long incidentId = null;
    long id;
    ComplaintRecord kept;
    if (existing.isEmpty()) {
      kept = complaint;
      em.createNativeQuery(
              "INSERT INTO carrier_complaint (tracking_number, category, carrier, ticket_reference,"
                  + " confidence, blame, signals, event_codes, words_digest, created_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .setParameter(1, kept.trackingNumber())
          .setParameter(2, kept.category().name())
          .setParameter(3, kept.carrier())
          .setParameter(4, kept.ticketReference())
          .setParameter(5, kept.confidence())
          .setParameter(6, kept.blame().name())
          .setParameter(7, String.join(",", kept.signals()))
          .setParameter(8, String.join(",", kept.evidenceEventCodes()))
          .setParameter(9, kept.customerWords().hex())
          .setParameter(10, SqlValues.utc(at))
          .executeUpdate();
      id = SqlValues.number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
    } else {
      Object[] row = (Object[]) existing.get(0);
      id = SqlValues.number(row[0]);
      kept = restore(row).mergedWith(complaint);
      em.createNativeQuery(
              "UPDATE carrier_complaint SET confidence = ?, blame = ?, signals = ?, event_codes = ?"
                  + " WHERE id = ?")
          .setParameter(1, kept.confidence())
          .setParameter(2, kept.blame().name())
          .setParameter(3, String.join(",", kept.signals()))
          .setParameter(4, String.join(",", kept.evidenceEventCodes()))
          .setParameter(5, id)
          .executeUpdate();
    }
    Shipment parcel = shipment(kept);
    if (kept.countsAgainstCarrier() && !incidents.existsFor(id)) {
      Incident incident =
          Incident.restore(
              kept, parcel.statusCode, parcel.prefix, at, IncidentState.OPEN, null, at);
      incidents.insert(id, incident);
      incidentId = incidents.idFor(id);
    }
    return new Stored(id, incidentId, kept.carrier(), parcel.promised);
  }

  /**
   * The complaint under the carrier's registered code when one matches without regard to case
   * (tracking names "ups" what the admin registered as "UPS"), so its incidents and reports agree.
   */
  private ComplaintRecord asRegistered(ComplaintRecord c) {
    List<?> codes =
        em.createNativeQuery("SELECT code FROM carrier WHERE code = ?")
            .setParameter(1, c.carrier())
            .getResultList();
    if (codes.isEmpty() || codes.get(0).equals(c.carrier())) {
      return c;
    }
    return new ComplaintRecord(
        c.trackingNumber(),
        (String) codes.get(0),
        c.ticketReference(),
        c.category(),
        c.confidence(),
        c.blame(),
        c.signals(),
        c.evidenceEventCodes(),
        c.customerWords());
  }

  private record Shipment(LocalDate promised, String statusCode, PostcodePrefix prefix) {}

  private Shipment shipment(ComplaintRecord complaint) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT promised_date, sub_status, destination_postcode_prefix FROM shipment"
                    + " WHERE tracking_number = ? ORDER BY carrier = ? DESC LIMIT 1")
            .setParameter(1, complaint.trackingNumber())
            .setParameter(2, complaint.carrier())
            .getResultList();
    if (rows.isEmpty()) {
      return new Shipment(null, null, null);
    }
    Object[] r = (Object[]) rows.get(0);
    String prefix = (String) r[2];
    return new Shipment(
        SqlValues.date(r[0]),
        (String) r[1],
        prefix != null && prefix.matches("[0-9A-Z]{1,3}") ? new PostcodePrefix(prefix) : null);
  }

  static ComplaintRecord restore(Object[] r) {
    return new ComplaintRecord(
        (String) r[1],
        (String) r[2],
        (String) r[3],
        ComplaintCategory.valueOf((String) r[4]),
        ((Number) r[5]).doubleValue(),
        Blame.valueOf((String) r[6]),
        list((String) r[7]),
        list((String) r[8]),
        new TextDigest((String) r[9]));
  }

  private static List<String> list(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
