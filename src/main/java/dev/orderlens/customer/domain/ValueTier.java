package dev.orderlens.customer.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value tier: a customer belongs to it once they reach both its lifetime spend and its order
 * count.
 */
public record ValueTier(String name, BigDecimal minLifetimeSpend, int minOrders) {

  public ValueTier {
    Objects.requireNonNull(name, "tier name");
    Objects.requireNonNull(minLifetimeSpend, "minimum lifetime spend");
    if (name.isBlank() || minLifetimeSpend.signum() < 0 || minOrders < 0) {
      throw new IllegalArgumentException("Invalid value tier " + name);
    }
  }

  boolean reachedBy(BigDecimal lifetimeSpend, int orders) {
    return lifetimeSpend.compareTo(minLifetimeSpend) >= 0 && orders >= minOrders;
  }
}
