package dev.orderlens.order.domain;

/** Port to the orders shops push to Orderlens when no supported platform holds them. */
public interface ImportedOrderRepository {

  /** Stores the order, replacing an earlier version with the same store and number. */
  void save(Order order);
}
