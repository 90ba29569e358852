package dev.orderlens.order.domain.value;

import java.util.Locale;

/** How valuable a customer is to the shop, lowest first; see {@link ValueTiers} for thresholds. */
public enum ValueTier {
  NEW,
  REGULAR,
  LOYAL,
  VIP;

  /** The helpdesk tag for this tier: {@code ltv_new}, {@code ltv_regular}, ... */
  public String tag() {
    return "ltv_" + name().toLowerCase(Locale.ROOT);
  }
}
