package dev.orderlens.tracking.domain;

import dev.orderlens.tracking.domain.schedule.WorkingCalendar;
import dev.orderlens.tracking.domain.story.ShipmentAssembler;
import dev.orderlens.tracking.domain.story.ShipmentFacts;
import dev.orderlens.tracking.domain.story.ShipmentStory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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

  /** A parcel to follow: its number, the carrier the shop named, the promise and the country. */
  public record ParcelRef(
      String trackingNumber, String carrierHint, LocalDate promised, String countryCode) {}

  private Instance<TrackingSource> sources;
  private ShipmentAssembler assembler;

  /** For CDI's client proxy only. */
  protected ParcelTracker() {}

  @Inject
  public ParcelTracker(Instance<TrackingSource> sources, ShipmentAssembler assembler) {
    this.sources = sources;
    this.assembler = assembler;
  }

  public List<ShipmentStory> follow(List<ParcelRef> parcels, boolean attemptDisputed) {
    List<ShipmentStory> stories = new ArrayList<>();
    for (ParcelRef parcel : parcels) {
      TrackingReport report = report(parcel).orElse(null);
      stories.add(
          assembler.assemble(
              ShipmentFacts.of(
                  parcel.trackingNumber(),
                  report,
                  parcel.promised(),
                  WorkingCalendar.of(
                      parcel.countryCode() == null ? "ZZ" : parcel.countryCode(), List.of()),
                  ZoneOffset.UTC,
                  attemptDisputed)));
    }
    return stories;
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
      }
    }
    return Optional.empty();
  }
}
