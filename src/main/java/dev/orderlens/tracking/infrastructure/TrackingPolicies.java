package dev.orderlens.tracking.infrastructure;

import dev.orderlens.tracking.domain.detection.CarrierDetector;
import dev.orderlens.tracking.domain.detection.TrackingNumberExtractor;
import dev.orderlens.tracking.domain.story.ShipmentAssembler;
import dev.orderlens.tracking.domain.suspicion.SuspicionPolicy;
import dev.orderlens.tracking.domain.suspicion.SuspiciousAttemptDetector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the tracking policies once: the carrier formats are loaded a single time, and the
 * suspicion thresholds come from configuration ({@code tracking.suspicion.*}).
 */
@ApplicationScoped
public class TrackingPolicies {

  @Produces
  @Singleton
  CarrierDetector carrierDetector() {
    return new CarrierDetector();
  }

  @Produces
  @Singleton
  TrackingNumberExtractor trackingNumberExtractor(CarrierDetector detector) {
    return new TrackingNumberExtractor(detector);
  }

  @Produces
  @Singleton
  ShipmentAssembler shipmentAssembler(
      CarrierDetector detector,
      Clock clock,
      @ConfigProperty(name = "tracking.suspicion.far-km", defaultValue = "2.0") double farKm,
      @ConfigProperty(name = "tracking.suspicion.burst-minutes", defaultValue = "15")
          int burstMinutes,
      @ConfigProperty(name = "tracking.suspicion.threshold", defaultValue = "0.5")
          double threshold) {
    return new ShipmentAssembler(
        detector,
        new SuspiciousAttemptDetector(new SuspicionPolicy(farKm, burstMinutes, threshold)),
        clock);
  }
}
