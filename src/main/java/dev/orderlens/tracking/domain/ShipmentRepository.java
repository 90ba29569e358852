package dev.orderlens.tracking.domain;

import dev.orderlens.tracking.domain.ledger.ShipmentRecord;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port to the stored shipments, the denominator of carrier scoring. A shipment is known by
 * its carrier and tracking number; saving one that is known replaces its facts and adds its new
 * events (an event already stored is not stored twice).
 */
public interface ShipmentRepository {

  Optional<ShipmentRecord> find(String carrier, String trackingNumber);

  /** Every stored shipment with this number (a number is unique per carrier, not overall). */
  List<ShipmentRecord> findByTrackingNumber(String trackingNumber);

  void save(ShipmentRecord shipment);
}
