package dev.orderlens.order.infrastructure.magento;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.PaymentState;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Magento's order {@code state} (new, pending_payment, payment_review, processing, complete,
 * closed, canceled, holded) and payment totals in Orderlens' terms. The state, not the {@code
 * status}, is read: shops rename and add statuses, but every status belongs to one of these states.
 * The {@code fraud} status is the exception: it is held for review whatever its state.
 */
final class MagentoStatus {

  private static final DateTimeFormatter MAGENTO_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private MagentoStatus() {}

  static OrderStatus status(JsonObject o) {
    if ("fraud".equals(text(o, "status"))) {
      return OrderStatus.ON_HOLD;
    }
    return switch (String.valueOf(text(o, "state"))) {
      case "new", "pending_payment" -> OrderStatus.PENDING_PAYMENT;
      case "payment_review", "holded" -> OrderStatus.ON_HOLD;
      case "complete" -> OrderStatus.SHIPPED;
      case "closed" -> OrderStatus.REFUNDED;
      case "canceled" -> OrderStatus.CANCELLED;
      default -> processing(o);
    };
  }

  /** Magento stays "processing" until invoiced and shipped: the item quantities tell how far. */
  private static OrderStatus processing(JsonObject o) {
    if (!MagentoOrderMapper.anythingShipped(o)) {
      return OrderStatus.PROCESSING;
    }
    boolean allShipped =
        array(o, "items").stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> text(i, "parent_item_id") == null)
            .allMatch(
                i ->
                    amount(i, "qty_shipped")
                            .add(amount(i, "qty_canceled"))
                            .add(amount(i, "qty_refunded"))
                            .compareTo(amount(i, "qty_ordered"))
                        >= 0);
    return allShipped ? OrderStatus.SHIPPED : OrderStatus.PARTIALLY_SHIPPED;
  }

  static PaymentState payment(JsonObject o) {
    BigDecimal total = amount(o, "grand_total");
    BigDecimal refunded = amount(o, "total_refunded");
    BigDecimal paid = amount(o, "total_paid");
    if ("closed".equals(text(o, "state"))
        || (refunded.signum() > 0 && refunded.compareTo(total) >= 0)) {
      return PaymentState.REFUNDED;
    }
    if (refunded.signum() > 0) {
      return PaymentState.PARTIALLY_REFUNDED;
    }
    if (paid.signum() > 0 && paid.compareTo(total) >= 0) {
      return PaymentState.PAID;
    }
    if ("canceled".equals(text(o, "state"))) {
      return PaymentState.VOIDED;
    }
    return PaymentState.PENDING;
  }

  /** When the order was cancelled: its "canceled" history entry, else its last update. */
  static Instant cancelledAt(JsonObject o) {
    if (!"canceled".equals(text(o, "state"))) {
      return null;
    }
    for (JsonValue h : array(o, "status_histories")) {
      if ("canceled".equals(text(h.asJsonObject(), "status"))) {
        return time(text(h.asJsonObject(), "created_at"));
      }
    }
    return time(text(o, "updated_at"));
  }

  /** Magento writes UTC times as "2026-11-18 10:15:42". */
  static Instant time(String value) {
    return value == null
        ? null
        : LocalDateTime.parse(value, MAGENTO_TIME).toInstant(ZoneOffset.UTC);
  }

  private static BigDecimal amount(JsonObject o, String field) {
    String value = text(o, field);
    return value == null ? BigDecimal.ZERO : new BigDecimal(value);
  }
}
