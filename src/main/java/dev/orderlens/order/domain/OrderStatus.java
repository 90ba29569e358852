package dev.orderlens.order.domain;

/** Where an order stands in the shop, whatever platform it lives on. */
public enum OrderStatus {
  PENDING_PAYMENT,
  PROCESSING,
  ON_HOLD,
  PARTIALLY_SHIPPED,
  SHIPPED,
  DELIVERED,
  CANCELLED,
  REFUNDED;

  public boolean hasShipped() {
    return this == PARTIALLY_SHIPPED || this == SHIPPED || this == DELIVERED;
  }
}
