package dev.orderlens.order.domain;

/** The payment's state; {@code DISPUTED} means the buyer opened a chargeback or dispute. */
public enum PaymentState {
  PENDING,
  AUTHORIZED,
  PAID,
  PARTIALLY_REFUNDED,
  REFUNDED,
  VOIDED,
  DISPUTED,
  UNKNOWN
}
