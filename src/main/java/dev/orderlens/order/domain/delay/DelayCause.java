package dev.orderlens.order.domain.delay;

import java.util.Locale;

/** The one root cause an agent acts on when a customer asks why the order has not arrived. */
public enum DelayCause {
  /** Own stock: the shop's warehouse has not shipped yet. */
  AWAITING_WAREHOUSE,
  /** A drop-shipped line: the supplier has not shipped yet. */
  AWAITING_DROP_SHIP_SUPPLIER,
  /** The drop-ship supplier reports no stock for a line, after the order was placed. */
  SUPPLIER_OUT_OF_STOCK,
  /** The shop sold what its source no longer had: stock 0, last synced before the order. */
  STOCK_OUT_OF_SYNC,
  /** The parcel is moving, but the carrier expects it after the promised date. */
  CARRIER_DELAY,
  /** The carrier reports an exception with the parcel. */
  CARRIER_EXCEPTION,
  /** The carrier cannot deliver to the address as given. */
  ADDRESS_PROBLEM,
  /** Nothing is late (yet), or there is nothing left to deliver. */
  NOT_LATE;

  /** The helpdesk tag for this cause: {@code late_awaiting_warehouse}, ...; none when not late. */
  public String tag() {
    return this == NOT_LATE ? null : "late_" + name().toLowerCase(Locale.ROOT);
  }
}
