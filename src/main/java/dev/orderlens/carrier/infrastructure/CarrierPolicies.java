package dev.orderlens.carrier.infrastructure;

import dev.orderlens.carrier.domain.classification.ComplaintClassifier;
import dev.orderlens.carrier.domain.scorecard.AlertThresholds;
import dev.orderlens.understanding.domain.MessageUnderstanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the seven complaint lexicons once for the whole application, and the alert thresholds from
 * {@code carrier.alert.*} (defaults: on-time and first attempt at least 90 %, damage at most 0.5 %,
 * disputed attempts at most 5 %, complaints at most 10 per 1,000, from 30 shipments).
 */
@ApplicationScoped
public class CarrierPolicies {
  @Produces
  @Singleton
  ComplaintClassifier complaintClassifier(MessageUnderstanding understanding) {
    return new ComplaintClassifier(understanding);
  }

  @Produces
  @Singleton
  AlertThresholds alertThresholds(
      @ConfigProperty(name = "carrier.alert.min-on-time", defaultValue = "0.90") double onTime,
      @ConfigProperty(name = "carrier.alert.min-first-attempt", defaultValue = "0.90")
          double firstAttempt,
      @ConfigProperty(name = "carrier.alert.max-damage", defaultValue = "0.005") double damage,
      @ConfigProperty(name = "carrier.alert.max-disputed-attempt", defaultValue = "0.05")
          double disputed,
      @ConfigProperty(name = "carrier.alert.max-complaints-per-thousand", defaultValue = "10")
          double complaints,
      @ConfigProperty(name = "carrier.alert.minimum-shipments", defaultValue = "30") long minimum) {
    return new AlertThresholds(onTime, firstAttempt, damage, disputed, complaints, minimum);
  }
}
