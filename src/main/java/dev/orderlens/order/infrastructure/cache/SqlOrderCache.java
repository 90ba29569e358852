package dev.orderlens.order.infrastructure.cache;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.cache.OrderCache;
import dev.orderlens.platform.JsonCodec;
import dev.orderlens.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The order cache in MariaDB's {@code order_cache}: the shop's answer as a JSON array, UTC times.
 */
@ApplicationScoped
public class SqlOrderCache implements OrderCache {

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Override
  public Optional<Entry> get(String store, String kind, String key) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT orders, cached_at FROM order_cache"
                    + " WHERE store = ? AND lookup_kind = ? AND lookup_key = ?")
            .setParameter(1, store)
            .setParameter(2, kind)
            .setParameter(3, key)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new Entry(
                    Arrays.asList(JsonCodec.read((String) r[0], Order[].class)),
                    SqlValues.instant(r[1])))
        .findFirst();
  }

  @Override
  @Transactional
  public void put(String store, String kind, String key, List<Order> orders, Instant at) {
    em.createNativeQuery(
            "INSERT INTO order_cache (store, lookup_kind, lookup_key, orders, cached_at)"
                + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE orders = VALUES(orders),"
                + " cached_at = VALUES(cached_at)")
        .setParameter(1, store)
        .setParameter(2, kind)
        .setParameter(3, key)
        .setParameter(4, JsonCodec.write(orders.toArray(Order[]::new)))
        .setParameter(5, SqlValues.utc(at))
        .executeUpdate();
  }
}
