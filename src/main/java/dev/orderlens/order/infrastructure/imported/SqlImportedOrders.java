package dev.orderlens.order.infrastructure.imported;

import dev.orderlens.order.domain.ImportedOrderRepository;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.platform.JsonCodec;
import dev.orderlens.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Orders pushed through {@code POST /api/v1/orders}, stored in MariaDB: both the repository the
 * import writes to and an order source like any shop platform. It answers for every store that
 * pushed orders, so {@link #store()} names the source, not one store.
 */
@ApplicationScoped
public class SqlImportedOrders implements OrderSource, ImportedOrderRepository {

  static final String SOURCE_NAME = "imported";

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Inject Clock clock;

  @Override
  public String store() {
    return SOURCE_NAME;
  }

  @Override
  public Optional<Order> findByNumber(OrderNumber number) {
    return em.createQuery(
            "SELECT o FROM ImportedOrderEntity o WHERE o.orderNumber = :number ORDER BY o.placedAt DESC",
            ImportedOrderEntity.class)
        .setParameter("number", number.value())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(ImportedOrderEntity::toOrder);
  }

  @Override
  public List<Order> findByCustomerEmail(String email) {
    String normalised = ImportedOrderEntity.normaliseEmail(email);
    if (normalised == null) {
      return List.of();
    }
    return em.createQuery(
            "SELECT o FROM ImportedOrderEntity o WHERE o.buyerEmail = :email ORDER BY o.placedAt DESC",
            ImportedOrderEntity.class)
        .setParameter("email", normalised)
        .setMaxResults(10)
        .getResultStream()
        .map(ImportedOrderEntity::toOrder)
        .toList();
  }

  /** An upsert on the (store, order_number) key: concurrent imports of one order cannot clash. */
  @Override
  @Transactional
  public void save(Order order) {
    var now = SqlValues.utc(clock.instant());
    em.createNativeQuery(
            "INSERT INTO imported_order"
                + " (store, order_number, buyer_email, placed_at, document, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE buyer_email = VALUES(buyer_email),"
                + " placed_at = VALUES(placed_at), document = VALUES(document),"
                + " updated_at = VALUES(updated_at)")
        .setParameter(1, order.store())
        .setParameter(2, order.number().value())
        .setParameter(3, ImportedOrderEntity.normaliseEmail(order.buyer().email()))
        .setParameter(4, SqlValues.utc(order.placedAt()))
        .setParameter(5, JsonCodec.write(order))
        .setParameter(6, now)
        .executeUpdate();
  }
}
