package dev.orderlens.tracking.application;

import dev.orderlens.tracking.domain.ShipmentRepository;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.detection.CarrierDetector;
import dev.orderlens.tracking.domain.ledger.ShipmentRecord;
import dev.orderlens.tracking.domain.schedule.WorkingCalendar;
import dev.orderlens.tracking.domain.schedule.WorkingCalendars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps the stored shipments up to date from the two ways news arrives: a ticket that makes
 * Orderlens follow a parcel (it knows the order, the promise and the destination) and a provider's
 * push (it knows only the parcel). Both merge into the same record, so the order's context is kept
 * when a later push brings the delivery.
 *
 * <p>Each update runs in a transaction of its own: a ticket is enriched inside the intake's
 * transaction, and a failed shipment update must cost only the record, never mark the ticket's work
 * for rollback.
 */
@ApplicationScoped
public class ShipmentLedger {

  private static final ZoneId ZONE = ZoneOffset.UTC;

  private ShipmentRepository shipments;
  private WorkingCalendars calendars;

  /** For CDI's client proxy only. */
  protected ShipmentLedger() {}

  @Inject
  public ShipmentLedger(ShipmentRepository shipments, WorkingCalendars calendars) {
    this.shipments = shipments;
    this.calendars = calendars;
  }

  /** What a ticket taught about a parcel, with the report the sources gave (or null). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void followed(ShipmentRecord sighting, TrackingReport report, String service) {
    ShipmentRecord merged =
        shipments
            .find(sighting.carrier(), sighting.trackingNumber())
            .map(stored -> stored.completedBy(sighting))
            .orElse(sighting);
    shipments.save(merged.withReport(report, service, calendar(merged), ZONE));
  }

  /**
   * A provider's pushed report: updates every stored shipment with its number, or stores a new one
   * when the report names its carrier.
   *
   * @return how many shipments were updated or stored
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int pushed(TrackingReport report) {
    String number = CarrierDetector.compact(report.trackingNumber());
    List<ShipmentRecord> known = shipments.findByTrackingNumber(number);
    if (known.isEmpty() && report.carrier() != null) {
      known =
          List.of(
              ShipmentRecord.first(report.carrier(), number, null, null, null, null, null, false));
    }
    for (ShipmentRecord stored : known) {
      shipments.save(stored.withReport(report, null, calendar(stored), ZONE));
    }
    return known.size();
  }

  /**
   * The destination's calendar with its configured holidays: the transit days carriers are scored
   * on are counted as the delay agents see is (one calendar for both).
   */
  private WorkingCalendar calendar(ShipmentRecord shipment) {
    return calendars.forCountry(shipment.destinationCountry());
  }
}
