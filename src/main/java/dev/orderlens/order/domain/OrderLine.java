package dev.orderlens.order.domain;

import java.time.Instant;

/**
 * One ordered item. {@code stockAtSource} is the stock the fulfilment source reported at {@code
 * stockCheckedAt} (both null when the platform does not say); {@code supplier} names the drop-ship
 * supplier.
 */
public record OrderLine(
    String sku,
    String name,
    int quantity,
    Money unitPrice,
    FulfilmentSource fulfilmentSource,
    String supplier,
    Integer stockAtSource,
    Instant stockCheckedAt) {

  public static OrderLine of(String sku, String name, int quantity, Money unitPrice) {
    return new OrderLine(
        sku, name, quantity, unitPrice, FulfilmentSource.OWN_STOCK, null, null, null);
  }

  public boolean isDropShipped() {
    return fulfilmentSource == FulfilmentSource.DROP_SHIP;
  }
}
