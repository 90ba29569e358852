package dev.orderlens.order.domain.cancel;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.ShopPlatform;
import java.util.Optional;

/**
 * Decides whether an order can be cancelled now. Only an order nothing of which has left can be
 * (Shopify's own rule: unfulfilled only); a drop-shipped line already passed to its supplier blocks
 * it too, because the supplier must agree first. Pure: the order holds every fact needed.
 */
public final class CancellationPolicy {

  private CancellationPolicy() {}

  public static CancelVerdict decide(Order order, ShopPlatform platform) {
    OrderStatus status = order.status();
    if (status == OrderStatus.CANCELLED) {
      return no(CancelBlocker.ALREADY_CANCELLED, "The order is already cancelled.");
    }
    if (status == OrderStatus.REFUNDED) {
      return no(CancelBlocker.ALREADY_REFUNDED, "The order is already refunded in full.");
    }
    if (status == OrderStatus.DELIVERED) {
      return no(
          CancelBlocker.ALREADY_DELIVERED,
          "The order was delivered; offer a return instead of a cancellation.");
    }
    if (status == OrderStatus.SHIPPED) {
      return no(
          CancelBlocker.ALREADY_SHIPPED,
          "The order has shipped; it can be refused on delivery or returned.");
    }
    if (status == OrderStatus.PARTIALLY_SHIPPED || !order.fulfilments().isEmpty()) {
      return no(
          CancelBlocker.PARTIALLY_SHIPPED,
          "Part of the order has shipped; only the lines not yet shipped can be cancelled, by"
              + " refunding them.");
    }
    Optional<OrderLine> passedOn =
        order.lines().stream()
            .filter(l -> l.isDropShipped() && l.supplierOrderedAt() != null)
            .findFirst();
    if (passedOn.isPresent()) {
      OrderLine line = passedOn.get();
      return no(
          CancelBlocker.SUPPLIER_ALREADY_ORDERED,
          line.name()
              + " was already ordered from "
              + (line.supplier() == null ? "the supplier" : line.supplier())
              + "; ask the supplier to stop it before cancelling.");
    }
    return new CancelVerdict(true, CancelBlocker.NONE, "Nothing has shipped yet.", howTo(platform));
  }

  /** The platform's own cancel path, as the shop's staff see it. */
  static String howTo(ShopPlatform platform) {
    return switch (platform) {
      case SHOPIFY -> "In Shopify admin: Orders › open the order › More actions › Cancel order.";
      case WOOCOMMERCE ->
          "In WordPress admin: WooCommerce › Orders › open the order › set Status to Cancelled ›"
              + " Update.";
      case MAGENTO -> "In Magento admin: Sales › Orders › open the order › Cancel.";
      case VENDURE ->
          "In Vendure admin: Orders › open the order › order actions menu › Cancel order.";
      case IMPORTED ->
          "Orderlens only has a copy of this order: ask the shop to cancel it in its own system.";
    };
  }

  private static CancelVerdict no(CancelBlocker blocker, String reason) {
    return new CancelVerdict(false, blocker, reason, null);
  }
}
