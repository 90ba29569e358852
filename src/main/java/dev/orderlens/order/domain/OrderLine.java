package dev.orderlens.order.domain;

import java.time.Instant;

/**
 * One ordered item. {@code stockAtSource} is the stock the fulfilment source reported at {@code
 * stockCheckedAt} (both null when the platform does not say); {@code supplier} names the drop-ship
 * supplier, and {@code supplierOrderedAt} when the shop passed the line on to that supplier (null
 * when not yet, or unknown): from then on cancelling needs the supplier's consent.
 */
public record OrderLine(
    String sku,
    String name,
    int quantity,
    Money unitPrice,
    FulfilmentSource fulfilmentSource,
    String supplier,
    Integer stockAtSource,
    Instant stockCheckedAt,
    Instant supplierOrderedAt) {

  public static OrderLine of(String sku, String name, int quantity, Money unitPrice) {
    return new OrderLine(
        sku, name, quantity, unitPrice, FulfilmentSource.OWN_STOCK, null, null, null, null);
  }

  /** A line the supplier ships directly, with the supplier's name (null when not known). */
  public static OrderLine dropShipped(
      String sku, String name, int quantity, Money unitPrice, String supplier) {
    return new OrderLine(
        sku, name, quantity, unitPrice, FulfilmentSource.DROP_SHIP, supplier, null, null, null);
  }

  public boolean isDropShipped() {
    return fulfilmentSource == FulfilmentSource.DROP_SHIP;
  }

  /** The source's stock is known to be zero (or less). */
  public boolean outOfStockAtSource() {
    return stockAtSource != null && stockAtSource <= 0;
  }
}
