package dev.orderlens.privacy.infrastructure;

import dev.orderlens.privacy.domain.ContactRoleResolver;
import dev.orderlens.privacy.domain.DisclosurePolicy;
import dev.orderlens.privacy.domain.GiftDetector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the pure privacy policies injectable; they hold no state. */
@ApplicationScoped
public class PrivacyPolicies {
  @Produces
  @Singleton
  ContactRoleResolver contactRoleResolver() {
    return new ContactRoleResolver();
  }

  @Produces
  @Singleton
  GiftDetector giftDetector() {
    return new GiftDetector();
  }

  @Produces
  @Singleton
  DisclosurePolicy disclosurePolicy() {
    return new DisclosurePolicy();
  }
}
