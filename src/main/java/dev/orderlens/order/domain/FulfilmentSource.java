package dev.orderlens.order.domain;

/** Where a line ships from: the shop's own stock, or a supplier shipping directly. */
public enum FulfilmentSource {
  OWN_STOCK,
  DROP_SHIP
}
