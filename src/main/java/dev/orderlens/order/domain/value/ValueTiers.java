package dev.orderlens.order.domain.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds between value tiers, in the store's currency, configurable per installation. With
 * the {@link #DEFAULTS}: VIP from 1000 spent; LOYAL from 300 spent or 5 orders; REGULAR from 2
 * orders; NEW below that (a first order, or none). Tickets from {@code raisePriorityFrom} upwards
 * get a higher priority.
 */
public record ValueTiers(
    int regularFromOrders,
    BigDecimal loyalFromSpend,
    int loyalFromOrders,
    BigDecimal vipFromSpend,
    ValueTier raisePriorityFrom) {

  public static final ValueTiers DEFAULTS =
      new ValueTiers(2, new BigDecimal("300"), 5, new BigDecimal("1000"), ValueTier.VIP);

  public ValueTiers {
    Objects.requireNonNull(loyalFromSpend, "loyalFromSpend");
    Objects.requireNonNull(vipFromSpend, "vipFromSpend");
    Objects.requireNonNull(raisePriorityFrom, "raisePriorityFrom");
    if (regularFromOrders < 1 || loyalFromOrders < regularFromOrders) {
      throw new IllegalArgumentException("Order thresholds must grow: 1 <= regular <= loyal");
    }
    if (loyalFromSpend.signum() < 0 || vipFromSpend.compareTo(loyalFromSpend) < 0) {
      throw new IllegalArgumentException("Spend thresholds must grow: 0 <= loyal <= vip");
    }
  }

  public ValueTier tierOf(BigDecimal lifetimeSpend, int orderCount) {
    if (lifetimeSpend.compareTo(vipFromSpend) >= 0) {
      return ValueTier.VIP;
    }
    if (lifetimeSpend.compareTo(loyalFromSpend) >= 0 || orderCount >= loyalFromOrders) {
      return ValueTier.LOYAL;
    }
    return orderCount >= regularFromOrders ? ValueTier.REGULAR : ValueTier.NEW;
  }

  public boolean raisesPriority(ValueTier tier) {
    return tier.compareTo(raisePriorityFrom) >= 0;
  }
}
