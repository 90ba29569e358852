package dev.orderlens.tracking.application;

import dev.orderlens.platform.rest.RemoteCallLog;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingSource;
import dev.orderlens.tracking.domain.detection.CarrierCandidate;
import dev.orderlens.tracking.domain.ledger.ShipmentRecord;
import dev.orderlens.tracking.domain.schedule.WorkingCalendars;
import dev.orderlens.tracking.domain.story.ShipmentAssembler;
import dev.orderlens.tracking.domain.story.ShipmentFacts;
import dev.orderlens.tracking.domain.story.ShipmentStory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Follows the parcels a ticket is about: asks the configured tracking sources for each one's events
 * (the first that knows it answers) and tells its story. A number no source knows, or no source at
 * all, still gets its carrier from the number's format.
 */
@ApplicationScoped
public class ParcelTracker {
  private static final Logger LOG = Logger.getLogger(ParcelTracker.class.getName());

  /**
   * A parcel to follow: its number, the carrier the shop named, the promise, and where it goes. All
   * but the number may be null (a number written in a ticket comes with nothing else).
   *
   * @param destinationPostcode the recipient's postcode; only its prefix is ever stored
   * @param store the shop the order belongs to
   */
  public record ParcelRef(
      String trackingNumber,
      String carrierHint,
      LocalDate promised,
      String countryCode,
      String destinationPostcode,
      String store,
      String orderNumber) {

    /** A number written in a ticket, with no order around it. */
    public static ParcelRef bare(String trackingNumber) {
      return new ParcelRef(trackingNumber, null, null, null, null, null, null);
    }
  }

  private Instance<TrackingSource> sources;
  private ShipmentAssembler assembler;
  private ShipmentLedger ledger;
  private WorkingCalendars calendars;

  /** For CDI's client proxy only. */
  protected ParcelTracker() {}

  @Inject
  public ParcelTracker(
      Instance<TrackingSource> sources,
      ShipmentAssembler assembler,
      ShipmentLedger ledger,
      WorkingCalendars calendars) {
    this.sources = sources;
    this.assembler = assembler;
    this.ledger = ledger;
    this.calendars = calendars;
  }

  /**
   * Each parcel's story, in the order given; every story with a known carrier is also stored for
   * carrier scoring (a storage failure costs the record, never the answer).
   */
  public List<ShipmentStory> follow(List<ParcelRef> parcels, boolean attemptDisputed) {
    List<ShipmentStory> stories = new ArrayList<>();
    for (ParcelRef parcel : parcels) {
      TrackingReport report = report(parcel).orElse(null);
      ShipmentStory story =
          assembler.assemble(
              ShipmentFacts.of(
                  parcel.trackingNumber(),
                  report,
                  parcel.promised(),
                  calendars.forCountry(parcel.countryCode()),
                  ZoneOffset.UTC,
                  attemptDisputed));
      if (story.shipment().carrier() == null && parcel.carrierHint() != null) {
        // Neither a tracking source nor the number's format named the carrier: the shop did.
        story =
            new ShipmentStory(
                story.shipment().withCarrier(parcel.carrierHint()),
                story.candidates(),
                story.estimate(),
                story.suspicion(),
                story.blame());
      }
      stories.add(story);
      record(parcel, report, story, attemptDisputed);
    }
    return stories;
  }

  private void record(
      ParcelRef parcel, TrackingReport report, ShipmentStory story, boolean attemptDisputed) {
    String carrier = story.shipment().carrier();
    if (carrier == null) {
      return;
    }
    try {
      ledger.followed(
          ShipmentRecord.first(
              carrier,
              story.shipment().trackingNumber(),
              parcel.store(),
              parcel.orderNumber(),
              parcel.destinationPostcode(),
              parcel.countryCode(),
              parcel.promised(),
              attemptDisputed),
          report,
          story.candidates().stream()
              .filter(c -> carrier.equals(c.carrierCode()) && c.service() != null)
              .map(CarrierCandidate::service)
              .findFirst()
              .orElse(null));
    } catch (RuntimeException e) {
      LOG.warning(() -> "Shipment not stored: " + e.getClass().getSimpleName());
    }
  }

  private Optional<TrackingReport> report(ParcelRef parcel) {
    for (TrackingSource source : sources) {
      try {
        Optional<TrackingReport> report =
            source.track(parcel.trackingNumber(), parcel.carrierHint());
        if (report.isPresent()) {
          return report;
        }
      } catch (RuntimeException e) {
        LOG.info(() -> "Tracking source unavailable: " + e.getClass().getSimpleName());
        RemoteCallLog.failed("tracking", source.provider(), e, Instant.now());
      }
    }
    return Optional.empty();
  }
}
