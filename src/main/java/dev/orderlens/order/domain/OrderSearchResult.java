package dev.orderlens.order.domain;

import java.util.List;

/**
 * The orders found for a ticket, and the stores that could not be asked: a partial answer is better
 * than none.
 */
public record OrderSearchResult(List<Order> orders, List<String> unavailableStores) {
  public OrderSearchResult {
    orders = List.copyOf(orders);
    unavailableStores = List.copyOf(unavailableStores);
  }

  public boolean anySourceUnavailable() {
    return !unavailableStores.isEmpty();
  }
}
