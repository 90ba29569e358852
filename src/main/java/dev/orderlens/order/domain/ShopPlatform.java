package dev.orderlens.order.domain;

import java.util.Locale;

/**
 * The platform an order lives on, for what differs between them in the agent's hands: where the
 * shop's staff do things such as cancelling. {@code IMPORTED} orders were pushed to Orderlens; only
 * the shop's own system can change them.
 */
public enum ShopPlatform {
  SHOPIFY,
  WOOCOMMERCE,
  MAGENTO,
  VENDURE,
  IMPORTED;

  /** From a configured store type ("shopify", "woocommerce", ...); unknown types are IMPORTED. */
  public static ShopPlatform fromType(String type) {
    if (type == null) {
      return IMPORTED;
    }
    try {
      return valueOf(type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return IMPORTED;
    }
  }
}
