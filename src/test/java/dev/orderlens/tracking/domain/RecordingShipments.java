package dev.orderlens.tracking.domain;

import dev.orderlens.tracking.domain.ledger.ShipmentRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A shipment store that knows no parcel and keeps every record saved, for tests to read. */
public final class RecordingShipments implements ShipmentRepository {

  private final List<ShipmentRecord> saved = new ArrayList<>();

  @Override
  public Optional<ShipmentRecord> find(String carrier, String trackingNumber) {
    return Optional.empty();
  }

  @Override
  public List<ShipmentRecord> findByTrackingNumber(String trackingNumber) {
    return List.of();
  }

  @Override
  public void save(ShipmentRecord shipment) {
    saved.add(shipment);
  }

  /** Every record saved, in order. */
  public List<ShipmentRecord> saved() {
    return saved;
  }
}
