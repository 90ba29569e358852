package dev.orderlens.customer.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The shop's value tiers, lowest first. Every shop draws the line between a regular and a VIP
 * differently, so the thresholds are configuration; the lowest tier takes everyone who reaches no
 * other.
 *
 * <p>Defaults: {@code NEW} (anyone), {@code REGULAR} (2 orders), {@code VIP} (3 orders and 1000 in
 * the store currency). In configuration each tier is {@code NAME=minSpend,minOrders}, for example
 * {@code VIP=1000,3}.
 */
public record ValueTiers(List<ValueTier> tiers) {

  public static final ValueTiers DEFAULTS =
      new ValueTiers(
          List.of(
              new ValueTier("NEW", BigDecimal.ZERO, 0),
              new ValueTier("REGULAR", BigDecimal.ZERO, 2),
              new ValueTier("VIP", new BigDecimal("1000"), 3)));

  public ValueTiers {
    if (tiers == null || tiers.isEmpty()) {
      throw new IllegalArgumentException("At least one value tier is needed");
    }
    List<ValueTier> sorted = new ArrayList<>(tiers);
    sorted.sort(
        Comparator.comparing(ValueTier::minLifetimeSpend).thenComparingInt(ValueTier::minOrders));
    tiers = List.copyOf(sorted);
  }

  /** Tiers from configuration entries {@code NAME -> "minSpend,minOrders"}. */
  public static ValueTiers fromConfig(Map<String, String> config) {
    List<ValueTier> tiers = new ArrayList<>();
    config.forEach(
        (name, value) -> {
          String[] parts = value.split(",");
          if (parts.length != 2) {
            throw new IllegalArgumentException(
                "Value tier " + name + " must be 'minSpend,minOrders', not '" + value + "'");
          }
          tiers.add(
              new ValueTier(
                  name.strip(),
                  new BigDecimal(parts[0].strip()),
                  Integer.parseInt(parts[1].strip())));
        });
    return new ValueTiers(tiers);
  }

  /** The highest tier the customer reaches, or the lowest tier. */
  public String tierOf(BigDecimal lifetimeSpend, int orders) {
    String tier = lowest();
    for (ValueTier candidate : tiers) {
      if (candidate.reachedBy(lifetimeSpend, orders)) {
        tier = candidate.name();
      }
    }
    return tier;
  }

  public String lowest() {
    return tiers.get(0).name();
  }

  public String highest() {
    return tiers.get(tiers.size() - 1).name();
  }
}
