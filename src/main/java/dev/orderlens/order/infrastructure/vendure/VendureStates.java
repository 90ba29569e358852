package dev.orderlens.order.infrastructure.vendure;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.PaymentState;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Vendure's order process states and payment states, in Orderlens' words. A state a shop added with
 * its own {@code OrderProcess} reads as {@code PROCESSING}; the raw state stays in the order's
 * attributes.
 */
final class VendureStates {
  private static final List<String> BEFORE_PAYMENT =
      List.of("Created", "Draft", "AddingItems", "ArrangingPayment", "ArrangingAdditionalPayment");

  private VendureStates() {}

  /** A cart (not yet checked out) is not an order a customer would ask about. */
  static boolean isCart(String state) {
    return "Created".equals(state) || "Draft".equals(state) || "AddingItems".equals(state);
  }

  static OrderStatus status(String state) {
    if (BEFORE_PAYMENT.contains(state)) {
      return OrderStatus.PENDING_PAYMENT;
    }
    return switch (String.valueOf(state)) {
      case "Modifying" -> OrderStatus.ON_HOLD;
      // Some parcels arrived, others are still on the way or not yet sent.
      case "PartiallyShipped", "PartiallyDelivered" -> OrderStatus.PARTIALLY_SHIPPED;
      case "Shipped" -> OrderStatus.SHIPPED;
      case "Delivered" -> OrderStatus.DELIVERED;
      case "Cancelled" -> OrderStatus.CANCELLED;
      default -> OrderStatus.PROCESSING;
    };
  }

  /**
   * Declined, failed and cancelled attempts do not count once another payment went through; settled
   * refunds of settled payments make the order (partially) refunded.
   */
  static PaymentState payment(String orderState, JsonArray payments) {
    long settled = 0;
    long refunded = 0;
    boolean authorized = false;
    boolean created = false;
    for (JsonValue value : payments) {
      JsonObject payment = value.asJsonObject();
      switch (String.valueOf(text(payment, "state"))) {
        case "Settled" -> {
          settled += amount(payment, "amount");
          refunded += settledRefunds(payment);
        }
        case "Authorized" -> authorized = true;
        case "Created" -> created = true;
        default -> {}
      }
    }
    if (settled > 0) {
      return refunded >= settled
          ? PaymentState.REFUNDED
          : refunded > 0 ? PaymentState.PARTIALLY_REFUNDED : PaymentState.PAID;
    }
    if (authorized) {
      return PaymentState.AUTHORIZED;
    }
    if (created || (payments.isEmpty() && BEFORE_PAYMENT.contains(orderState))) {
      return PaymentState.PENDING;
    }
    return payments.isEmpty() ? PaymentState.UNKNOWN : PaymentState.VOIDED;
  }

  private static long settledRefunds(JsonObject payment) {
    return array(payment, "refunds").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> "Settled".equals(text(r, "state")))
        .mapToLong(r -> amount(r, "total"))
        .sum();
  }

  private static long amount(JsonObject object, String name) {
    String value = text(object, name);
    return value == null ? 0 : Long.parseLong(value);
  }
}
