package dev.orderlens.tracking.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.platform.rest.RemoteCallLog;
import dev.orderlens.tracking.ListInstance;
import dev.orderlens.tracking.application.ParcelTracker.ParcelRef;
import dev.orderlens.tracking.domain.RecordingShipments;
import dev.orderlens.tracking.domain.ShipmentRepository;
import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingSource;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.detection.CarrierDetector;
import dev.orderlens.tracking.domain.ledger.ShipmentRecord;
import dev.orderlens.tracking.domain.schedule.WorkingCalendars;
import dev.orderlens.tracking.domain.story.ShipmentAssembler;
import dev.orderlens.tracking.domain.story.ShipmentStory;
import dev.orderlens.tracking.domain.suspicion.SuspicionPolicy;
import dev.orderlens.tracking.domain.suspicion.SuspiciousAttemptDetector;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

class ParcelTrackerTest {

  private static final String UPS = "1Z5R89390357567127";
  private static final ShipmentAssembler ASSEMBLER =
      new ShipmentAssembler(
          new CarrierDetector(),
          new SuspiciousAttemptDetector(new SuspicionPolicy(2.0, 15, 0.5)),
          Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC));

  private final RecordingShipments repository = new RecordingShipments();
  private final List<ShipmentRecord> saved = repository.saved();

  private static TrackingSource knowing(String number) {
    return (n, hint) ->
        n.equals(number)
            ? Optional.of(
                new TrackingReport(
                    number,
                    "ups",
                    null,
                    null,
                    List.of(
                        TrackingEvent.of(
                            Instant.parse("2026-11-24T08:00:00Z"),
                            TrackingStatus.IN_TRANSIT,
                            null,
                            "Departed")),
                    null))
            : Optional.empty();
  }

  private ParcelTracker tracker(ShipmentRepository shipments, TrackingSource... sources) {
    return new ParcelTracker(
        ListInstance.of(sources),
        ASSEMBLER,
        new ShipmentLedger(shipments, WorkingCalendars.WEEKENDS_ONLY),
        WorkingCalendars.WEEKENDS_ONLY);
  }

  @Test
  void everyStoryWithACarrierIsStoredWithItsOrderAndOnlyThePostcodePrefix() {
    ParcelRef parcel =
        new ParcelRef(UPS, "UPS", LocalDate.of(2026, 11, 26), "IT", "20139", "it-shop", "1001");

    List<ShipmentStory> stories = tracker(repository, knowing(UPS)).follow(List.of(parcel), true);

    assertEquals(TrackingStatus.IN_TRANSIT, stories.get(0).shipment().status());
    ShipmentRecord stored = saved.get(0);
    assertEquals("ups", stored.carrier());
    assertEquals("1001", stored.orderNumber());
    assertEquals("201", stored.destinationPostcodePrefix());
    assertEquals(LocalDate.of(2026, 11, 26), stored.promisedDate());
    assertTrue(stored.attemptDisputed());
    assertEquals(1, stored.events().size());
  }

  @Test
  void theShopsCarrierNamesAParcelNeitherSourceNorFormatKnows() {
    ParcelRef parcel =
        new ParcelRef("1234567890", "DHL Express", null, "IT", "10138", "it-shop", "1001");

    List<ShipmentStory> stories = tracker(repository).follow(List.of(parcel), false);

    assertEquals("DHL Express", stories.get(0).shipment().carrier());
    assertEquals("DHL Express", saved.get(0).carrier());
  }

  @Test
  void sourceThatFailsIsSkippedForTheNext() {
    TrackingSource down =
        (n, hint) -> {
          throw new IllegalStateException("down");
        };

    List<ShipmentStory> stories =
        tracker(repository, down, knowing(UPS)).follow(List.of(ParcelRef.bare(UPS)), false);

    assertEquals(TrackingStatus.IN_TRANSIT, stories.get(0).shipment().status());
  }

  @Test
  void aProviderWhoseBreakerRefusedTheCallShowsOpenOnTheAdminsOverview() {
    String name = "provider-" + java.util.UUID.randomUUID();
    TrackingSource refused =
        new TrackingSource() {
          @Override
          public Optional<TrackingReport> track(String trackingNumber, String carrierHint) {
            throw new CircuitBreakerOpenException("open");
          }

          @Override
          public String provider() {
            return name;
          }
        };

    tracker(repository, refused).follow(List.of(ParcelRef.bare(UPS)), false);

    RemoteCallLog.Remote seen =
        RemoteCallLog.remotes().stream().filter(r -> r.remote().equals(name)).findFirst().get();
    assertEquals("tracking", seen.kind());
    assertEquals("open", seen.breaker());
    assertEquals("circuit breaker open", seen.reason());
  }

  @Test
  void storageFailureCostsTheRecordNotTheAnswer() {
    ShipmentRepository broken =
        new ShipmentRepository() {
          @Override
          public Optional<ShipmentRecord> find(String carrier, String trackingNumber) {
            throw new IllegalStateException("database down");
          }

          @Override
          public List<ShipmentRecord> findByTrackingNumber(String trackingNumber) {
            throw new IllegalStateException("database down");
          }

          @Override
          public void save(ShipmentRecord shipment) {
            throw new IllegalStateException("database down");
          }
        };

    List<ShipmentStory> stories =
        tracker(broken, knowing(UPS)).follow(List.of(ParcelRef.bare(UPS)), false);

    assertEquals("ups", stories.get(0).shipment().carrier());
  }

  @Test
  void parcelWhoseCarrierNobodyKnowsIsNotStored() {
    tracker(repository).follow(List.of(ParcelRef.bare("NOT-A-PARCEL-1")), false);

    assertTrue(saved.isEmpty());
  }
}
