package dev.orderlens.order.domain.cache;

import dev.orderlens.order.domain.Order;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to the stored answers of the shops, keyed by store and lookup ("number" or "email"). */
public interface OrderCache {

  /** A stored answer: the orders (empty for "not found") and when the shop gave them. */
  record Entry(List<Order> orders, Instant cachedAt) {
    public Entry {
      orders = List.copyOf(orders);
    }
  }

  Optional<Entry> get(String store, String kind, String key);

  void put(String store, String kind, String key, List<Order> orders, Instant at);
}
