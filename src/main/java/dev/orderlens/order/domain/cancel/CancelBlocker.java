package dev.orderlens.order.domain.cancel;

/** Why an order cannot simply be cancelled; {@code NONE} when it can. */
public enum CancelBlocker {
  NONE,
  ALREADY_CANCELLED,
  ALREADY_REFUNDED,
  ALREADY_DELIVERED,
  ALREADY_SHIPPED,
  PARTIALLY_SHIPPED,
  SUPPLIER_ALREADY_ORDERED
}
