package dev.orderlens.customer.infrastructure;

import dev.orderlens.customer.domain.CustomerValuation;
import dev.orderlens.customer.domain.GoodwillTable;
import dev.orderlens.customer.domain.HandlingPolicy;
import dev.orderlens.customer.domain.ValueTiers;
import dev.orderlens.platform.ConfigMaps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * The customer policies as the admin configured them: value tiers from {@code
 * customer.tiers.<NAME>=minSpend,minOrders} and goodwill from {@code
 * customer.goodwill.<TIER>.<ISSUE>=NONE|RESHIP|COUPON n}; the documented defaults when none are
 * set.
 */
@ApplicationScoped
public class CustomerPolicies {

  @Inject Config config;

  @Produces
  @Singleton
  ValueTiers valueTiers() {
    Map<String, String> entries = entries("customer.tiers.");
    return entries.isEmpty() ? ValueTiers.DEFAULTS : ValueTiers.fromConfig(entries);
  }

  @Produces
  @Singleton
  GoodwillTable goodwillTable() {
    Map<String, String> entries = entries("customer.goodwill.");
    return entries.isEmpty() ? GoodwillTable.defaults() : GoodwillTable.fromConfig(entries);
  }

  @Produces
  @Singleton
  HandlingPolicy handlingPolicy(ValueTiers tiers, GoodwillTable goodwill) {
    return new HandlingPolicy(tiers, goodwill);
  }

  @Produces
  @Singleton
  CustomerValuation customerValuation(ValueTiers tiers) {
    return new CustomerValuation(tiers);
  }

  private Map<String, String> entries(String prefix) {
    return ConfigMaps.under(config, prefix, value -> value);
  }
}
