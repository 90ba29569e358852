package dev.orderlens.order.infrastructure.woocommerce;

import java.util.Map;

/**
 * Whether a WooCommerce order is a gift, from plugin meta: WooCommerce has no gift field. Gift
 * cards (keys with "gift_card"/"giftcard") are a payment method, not a gift to someone else.
 */
record WooCommerceGift(boolean gift, String message) {

  static WooCommerceGift of(WooCommerceMeta meta) {
    String message = null;
    boolean gift = false;
    for (Map.Entry<String, String> e : meta.texts().entrySet()) {
      String key = e.getKey();
      if (!key.contains("gift") || key.contains("gift_card") || key.contains("giftcard")) {
        continue;
      }
      if (key.contains("message") || key.contains("note")) {
        if (e.getValue() != null && !e.getValue().isBlank() && message == null) {
          message = e.getValue().strip();
        }
      } else if (WooCommerceMeta.truthy(e.getValue())) {
        gift = true;
      }
    }
    return new WooCommerceGift(gift || message != null, message);
  }
}
