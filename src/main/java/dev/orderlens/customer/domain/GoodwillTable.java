package dev.orderlens.customer.domain;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which goodwill each value tier gets for each customer-at-fault issue. A shop decides this once,
 * so agents do not negotiate case by case. Missing entries mean {@link Goodwill#NONE}.
 *
 * <p>Defaults: {@code NEW} nothing; {@code REGULAR} a 10% coupon for a wrong address or a missed
 * subscription deadline; {@code VIP} a reshipment for a wrong address, 15% when a delivery with
 * proof is disputed, 20% for a missed subscription deadline. In configuration each cell is {@code
 * TIER.ISSUE=GOODWILL}, e.g. {@code VIP.WRONG_ADDRESS=RESHIP}.
 */
public final class GoodwillTable {

  private final Map<String, Map<CustomerFaultIssue, Goodwill>> cells;

  private GoodwillTable(Map<String, Map<CustomerFaultIssue, Goodwill>> cells) {
    this.cells = cells;
  }

  public static GoodwillTable defaults() {
    return fromConfig(
        Map.of(
            "REGULAR.WRONG_ADDRESS", "COUPON 10",
            "REGULAR.IGNORED_SUBSCRIPTION_TERMS", "COUPON 10",
            "VIP.WRONG_ADDRESS", "RESHIP",
            "VIP.DELIVERED_NOT_RECEIVED_WITH_PROOF", "COUPON 15",
            "VIP.IGNORED_SUBSCRIPTION_TERMS", "COUPON 20"));
  }

  /** A table from entries {@code TIER.ISSUE -> NONE | RESHIP | COUPON n}. */
  public static GoodwillTable fromConfig(Map<String, String> config) {
    Map<String, Map<CustomerFaultIssue, Goodwill>> cells = new HashMap<>();
    config.forEach(
        (key, value) -> {
          int dot = key.lastIndexOf('.');
          if (dot < 1) {
            throw new IllegalArgumentException("Goodwill key must be TIER.ISSUE, not " + key);
          }
          String tier = key.substring(0, dot).strip().toUpperCase(Locale.ROOT);
          CustomerFaultIssue issue = CustomerFaultIssue.valueOf(key.substring(dot + 1).strip());
          cells
              .computeIfAbsent(tier, t -> new EnumMap<>(CustomerFaultIssue.class))
              .put(issue, Goodwill.parse(value));
        });
    return new GoodwillTable(Map.copyOf(cells));
  }

  public Goodwill suggest(String tier, CustomerFaultIssue issue) {
    if (tier == null || issue == null) {
      return Goodwill.NONE;
    }
    return cells
        .getOrDefault(tier.toUpperCase(Locale.ROOT), Map.of())
        .getOrDefault(issue, Goodwill.NONE);
  }
}
