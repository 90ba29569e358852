package dev.orderlens.order.infrastructure.woocommerce;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.PaymentState;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * WooCommerce's order statuses (core: pending, processing, on-hold, completed, cancelled, refunded,
 * failed, checkout-draft; Advanced Shipment Tracking adds partial-shipped, shipped, delivered) and
 * its payment facts ({@code date_paid}, {@code refunds}) in Orderlens' terms. WooCommerce has no
 * dispute field: payment plugins' meta keys containing "dispute" with a value are read as one.
 */
final class WooCommerceStatus {

  private WooCommerceStatus() {}

  static OrderStatus status(String status, List<OrderLine> lines, List<Fulfilment> fulfilments) {
    return switch (String.valueOf(status)) {
      case "pending", "failed", "checkout-draft" -> OrderStatus.PENDING_PAYMENT;
      case "on-hold" -> OrderStatus.ON_HOLD;
      case "completed", "shipped" -> OrderStatus.SHIPPED;
      case "partial-shipped" -> OrderStatus.PARTIALLY_SHIPPED;
      case "delivered" -> OrderStatus.DELIVERED;
      case "cancelled", "trash" -> OrderStatus.CANCELLED;
      case "refunded" -> OrderStatus.REFUNDED;
      default -> processing(lines, fulfilments);
    };
  }

  /**
   * "Processing" with parcels already sent: shipped in part when the parcels list their contents
   * and some SKU is in none of them; otherwise shipped, because shops add tracking when they ship
   * and often leave the status as it was.
   */
  private static OrderStatus processing(List<OrderLine> lines, List<Fulfilment> fulfilments) {
    if (fulfilments.isEmpty()) {
      return OrderStatus.PROCESSING;
    }
    boolean contentsKnown = fulfilments.stream().noneMatch(f -> f.lineSkus().isEmpty());
    boolean somethingLeft =
        contentsKnown
            && lines.stream()
                .map(OrderLine::sku)
                .filter(Objects::nonNull)
                .anyMatch(sku -> fulfilments.stream().noneMatch(f -> f.lineSkus().contains(sku)));
    return somethingLeft ? OrderStatus.PARTIALLY_SHIPPED : OrderStatus.SHIPPED;
  }

  static PaymentState payment(JsonObject o, WooCommerceMeta meta) {
    for (Map.Entry<String, String> e : meta.texts().entrySet()) {
      if (e.getKey().contains("dispute") && WooCommerceMeta.truthy(e.getValue())) {
        return PaymentState.DISPUTED;
      }
    }
    String status = String.valueOf(text(o, "status"));
    if (status.equals("refunded")) {
      return PaymentState.REFUNDED;
    }
    BigDecimal refunded = BigDecimal.ZERO;
    for (JsonValue r : array(o, "refunds")) {
      String amount = text(r.asJsonObject(), "total");
      if (amount != null) {
        refunded = refunded.add(new BigDecimal(amount).abs());
      }
    }
    if (refunded.signum() > 0) {
      String total = text(o, "total");
      return total != null && refunded.compareTo(new BigDecimal(total)) >= 0
          ? PaymentState.REFUNDED
          : PaymentState.PARTIALLY_REFUNDED;
    }
    if (text(o, "date_paid_gmt") != null || text(o, "date_paid") != null) {
      return PaymentState.PAID;
    }
    return switch (status) {
      case "pending", "failed", "checkout-draft", "on-hold" -> PaymentState.PENDING;
      case "cancelled" -> PaymentState.VOIDED;
      default -> PaymentState.UNKNOWN;
    };
  }
}
