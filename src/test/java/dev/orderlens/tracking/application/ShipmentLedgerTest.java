package dev.orderlens.tracking.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.tracking.domain.ShipmentRepository;
import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.ledger.ShipmentRecord;
import dev.orderlens.tracking.domain.schedule.WorkingCalendar;
import dev.orderlens.tracking.domain.schedule.WorkingCalendars;
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
  private final ShipmentLedger ledger =
      new ShipmentLedger(shipments, WorkingCalendars.WEEKENDS_ONLY);

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

  @Test
  void transitDaysSkipTheDestinationsConfiguredHolidaysAsTheAgentsDelayDoes() {
    LocalDate holiday = LocalDate.of(2026, 12, 8);
    WorkingCalendars italy =
        country -> WorkingCalendar.of(country, "IT".equals(country) ? List.of(holiday) : List.of());
    ShipmentLedger withHolidays = new ShipmentLedger(shipments, italy);
    TrackingReport report =
        new TrackingReport(
            "1Z5R89390357567999",
            "ups",
            TrackingStatus.DELIVERED,
            "Delivered_001",
            List.of(
                TrackingEvent.of(
                    Instant.parse("2026-12-07T09:00:00Z"), TrackingStatus.IN_TRANSIT, null, "Out"),
                TrackingEvent.of(
                    Instant.parse("2026-12-09T15:00:00Z"),
                    TrackingStatus.DELIVERED,
                    null,
                    "Delivered")),
            null);

    withHolidays.followed(
        ShipmentRecord.first(
            "ups", "1Z5R89390357567999", "it-shop", "1003", "20139", "IT", null, false),
        report,
        null);
    ledger.followed(
        ShipmentRecord.first(
            "ups", "1Z5R89390357568000", "it-shop", "1004", "20139", "IT", null, false),
        new TrackingReport(
            "1Z5R89390357568000",
            "ups",
            TrackingStatus.DELIVERED,
            "Delivered_001",
            report.events(),
            null),
        null);

    assertEquals(1, shipments.find("ups", "1Z5R89390357567999").orElseThrow().transitWorkingDays());
    assertEquals(2, shipments.find("ups", "1Z5R89390357568000").orElseThrow().transitWorkingDays());
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
