package dev.orderlens.tracking.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.tracking.domain.ShipmentRepository;
import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.ledger.ShipmentRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShipmentLedgerTest {

  private final InMemoryShipments shipments = new InMemoryShipments();
  private final ShipmentLedger ledger = new ShipmentLedger(shipments);

  private static TrackingReport delivered(String number, String carrier) {
    return new TrackingReport(
        number,
        carrier,
        TrackingStatus.DELIVERED,
        "Delivered_001",
        List.of(
            TrackingEvent.of(
                Instant.parse("2026-11-24T10:00:00Z"),
                TrackingStatus.DELIVERED,
                null,
                "Delivered")),
        null);
  }

  @Test
  void pushUpdatesTheShipmentATicketFollowedAndKeepsItsOrder() {
    ledger.followed(
        ShipmentRecord.first(
            "ups",
            "1Z5R89390357567127",
            "it-shop",
            "1001",
            "20139",
            "IT",
            LocalDate.of(2026, 11, 24),
            false),
        null,
        "UPS Standard");

    int updated = ledger.pushed(delivered("1Z 5R89 3903 5756 7127", "ups"));

    ShipmentRecord stored = shipments.find("ups", "1Z5R89390357567127").orElseThrow();
    assertEquals(1, updated);
    assertEquals(TrackingStatus.DELIVERED, stored.status());
    assertEquals("1001", stored.orderNumber());
    assertEquals("UPS Standard", stored.service());
  }

  @Test
  void pushForAnUnknownParcelIsStoredUnderTheReportedCarrier() {
    assertEquals(1, ledger.pushed(delivered("00340433836442636597", "dhl-germany")));

    assertTrue(shipments.find("dhl-germany", "00340433836442636597").isPresent());
  }

  @Test
  void pushNamingNoCarrierForAnUnknownParcelIsNotStored() {
    assertEquals(0, ledger.pushed(delivered("00340433836442636597", null)));
  }

  @Test
  void ticketFollowingAStoredParcelAgainAddsTheDisputeWithoutLosingEvents() {
    ShipmentRecord sighting =
        ShipmentRecord.first(
            "ups", "1Z5R89390357567127", "it-shop", "1001", null, "IT", null, false);
    ledger.followed(sighting, delivered("1Z5R89390357567127", "ups"), null);

    ledger.followed(
        ShipmentRecord.first("ups", "1Z5R89390357567127", null, null, null, null, null, true),
        null,
        null);

    ShipmentRecord stored = shipments.find("ups", "1Z5R89390357567127").orElseThrow();
    assertTrue(stored.attemptDisputed());
    assertEquals(1, stored.events().size());
    assertEquals("it-shop", stored.store());
  }

  /** The repository contract, kept in a map. */
  static final class InMemoryShipments implements ShipmentRepository {
    private final Map<String, ShipmentRecord> rows = new LinkedHashMap<>();

    @Override
    public Optional<ShipmentRecord> find(String carrier, String trackingNumber) {
      return Optional.ofNullable(rows.get(carrier + "|" + trackingNumber));
    }

    @Override
    public List<ShipmentRecord> findByTrackingNumber(String trackingNumber) {
      List<ShipmentRecord> found = new ArrayList<>();
      rows.values().stream()
          .filter(s -> s.trackingNumber().equals(trackingNumber))
          .forEach(found::add);
      return found;
    }

    @Override
    public void save(ShipmentRecord shipment) {
      rows.put(shipment.carrier() + "|" + shipment.trackingNumber(), shipment);
    }
  }
}
