package dev.orderlens.tracking.infrastructure.storage;

import static dev.orderlens.platform.SqlValues.date;
import static dev.orderlens.platform.SqlValues.instant;
import static dev.orderlens.platform.SqlValues.integer;
import static dev.orderlens.platform.SqlValues.string;
import static dev.orderlens.platform.SqlValues.truncated;
import static dev.orderlens.platform.SqlValues.utc;

import dev.orderlens.platform.SqlValues;
import dev.orderlens.platform.logging.Redactor;
import dev.orderlens.tracking.domain.ShipmentRepository;
import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.ledger.ShipmentRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The stored shipments in MariaDB's {@code shipment} and {@code shipment_event}, in native SQL: a
 * shipment is upserted on its (carrier, tracking number) key and events are inserted with {@code
 * INSERT IGNORE} on their (shipment, time, status) key, so concurrent sightings of one parcel
 * neither clash nor duplicate. Event descriptions pass the log {@link Redactor} on the way in: a
 * carrier's free text may hold a phone number or an address.
 */
@ApplicationScoped
public class SqlShipmentRepository implements ShipmentRepository {

  private static final String COLUMNS =
      "id, carrier, tracking_number, service, store, order_number, destination_postcode_prefix,"
          + " destination_country, promised_date, shipped_at, first_attempt_at, attempt_disputed,"
          + " delivered_at, status, sub_status, transit_working_days";

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Inject Clock clock;

  @Override
  public Optional<ShipmentRecord> find(String carrier, String trackingNumber) {
    return rows(
            "SELECT " + COLUMNS + " FROM shipment WHERE carrier = ?1 AND tracking_number = ?2",
            carrier,
            trackingNumber)
        .stream()
        .findFirst();
  }

  @Override
  public List<ShipmentRecord> findByTrackingNumber(String trackingNumber) {
    return rows(
        "SELECT " + COLUMNS + " FROM shipment WHERE tracking_number = ?1 ORDER BY id",
        trackingNumber);
  }

  @Override
  @Transactional
  public void save(ShipmentRecord s) {
    em.createNativeQuery(
            "INSERT INTO shipment (carrier, tracking_number, service, store, order_number,"
                + " destination_postcode_prefix, destination_country, promised_date, shipped_at,"
                + " first_attempt_at, attempt_disputed, delivered_at, status, sub_status,"
                + " transit_working_days, updated_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
                // A later sighting that knows less (a number quoted in a ticket, no provider
                // answer) must not erase what an earlier one knew.
                + " ON DUPLICATE KEY UPDATE service = COALESCE(VALUES(service), service),"
                + " store = COALESCE(VALUES(store), store),"
                + " order_number = COALESCE(VALUES(order_number), order_number),"
                + " destination_postcode_prefix ="
                + " COALESCE(VALUES(destination_postcode_prefix), destination_postcode_prefix),"
                + " destination_country = COALESCE(VALUES(destination_country), destination_country),"
                + " promised_date = COALESCE(VALUES(promised_date), promised_date),"
                + " shipped_at = COALESCE(VALUES(shipped_at), shipped_at),"
                + " first_attempt_at = COALESCE(VALUES(first_attempt_at), first_attempt_at),"
                + " attempt_disputed = attempt_disputed OR VALUES(attempt_disputed),"
                + " delivered_at = COALESCE(VALUES(delivered_at), delivered_at),"
                + " status = IF(VALUES(status) = 'UNKNOWN', status, VALUES(status)),"
                + " sub_status = IF(VALUES(status) = 'UNKNOWN', sub_status, VALUES(sub_status)),"
                + " transit_working_days = COALESCE(VALUES(transit_working_days), transit_working_days),"
                + " updated_at = VALUES(updated_at)")
        .setParameter(1, truncated(s.carrier(), 64))
        .setParameter(2, truncated(s.trackingNumber(), 64))
        .setParameter(3, truncated(s.service(), 64))
        .setParameter(4, truncated(s.store(), 64))
        .setParameter(5, truncated(s.orderNumber(), 64))
        .setParameter(6, truncated(s.destinationPostcodePrefix(), 8))
        .setParameter(7, truncated(s.destinationCountry(), 2))
        .setParameter(8, s.promisedDate())
        .setParameter(9, utc(s.shippedAt()))
        .setParameter(10, utc(s.firstAttemptAt()))
        .setParameter(11, s.attemptDisputed())
        .setParameter(12, utc(s.deliveredAt()))
        .setParameter(13, s.status().name())
        .setParameter(14, truncated(s.subStatus(), 64))
        .setParameter(15, s.transitWorkingDays())
        .setParameter(16, utc(clock.instant()))
        .executeUpdate();
    Object id =
        em.createNativeQuery("SELECT id FROM shipment WHERE carrier = ?1 AND tracking_number = ?2")
            .setParameter(1, truncated(s.carrier(), 64))
            .setParameter(2, truncated(s.trackingNumber(), 64))
            .getSingleResult();
    for (TrackingEvent e : s.events()) {
      em.createNativeQuery(
              "INSERT IGNORE INTO shipment_event (shipment_id, occurred_at, status, sub_status,"
                  + " description, location, postcode_prefix) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
          .setParameter(1, ((Number) id).longValue())
          .setParameter(2, utc(e.occurredAt()))
          .setParameter(3, e.status().name())
          .setParameter(4, truncated(e.subStatus(), 64))
          .setParameter(5, truncated(Redactor.redact(e.description()), 500))
          .setParameter(6, truncated(e.location(), 200))
          .setParameter(7, truncated(e.postcode(), 8))
          .executeUpdate();
    }
  }

  private List<ShipmentRecord> rows(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<?> rows = query.getResultList();
    return rows.stream().map(row -> shipment((Object[]) row)).toList();
  }

  private ShipmentRecord shipment(Object[] r) {
    return new ShipmentRecord(
        string(r[1]),
        string(r[2]),
        string(r[3]),
        string(r[4]),
        string(r[5]),
        string(r[6]),
        string(r[7]),
        date(r[8]),
        instant(r[9]),
        instant(r[10]),
        SqlValues.bool(r[11]),
        instant(r[12]),
        TrackingStatus.valueOf(string(r[13])),
        string(r[14]),
        integer(r[15]),
        events(((Number) r[0]).longValue()));
  }

  private List<TrackingEvent> events(long shipmentId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT occurred_at, status, sub_status, description, location, postcode_prefix"
                    + " FROM shipment_event WHERE shipment_id = ?1 ORDER BY occurred_at")
            .setParameter(1, shipmentId)
            .getResultList();
    return rows.stream()
        .map(row -> (Object[]) row)
        .map(
            r ->
                new TrackingEvent(
                    instant(r[0]),
                    TrackingStatus.valueOf(string(r[1])),
                    string(r[2]),
                    string(r[3]),
                    string(r[4]),
                    string(r[5]),
                    null,
                    null))
        .toList();
  }
}
