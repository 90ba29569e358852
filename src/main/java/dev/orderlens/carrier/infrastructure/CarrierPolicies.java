package dev.orderlens.carrier.infrastructure;

import dev.orderlens.carrier.domain.classification.ComplaintClassifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Loads the seven complaint lexicons once for the whole application. */
@ApplicationScoped
public class CarrierPolicies {
  @Produces
  @Singleton
  ComplaintClassifier complaintClassifier() {
    return ComplaintClassifier.withBundledLexicons();
  }
}
