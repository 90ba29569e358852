package dev.orderlens.order.infrastructure.magento;

import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.infrastructure.StoreConfig;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * One Magento 2 store as an order source: {@code GET /rest/V1/orders} filtered on {@code
 * increment_id} or {@code customer_email}; an order's tracking numbers come from {@code GET
 * /rest/V1/shipments} (the order payload has none), asked only when something has shipped. The
 * store's base URL is the shop root; orders are read through the default store view ({@code
 * /rest/V1}).
 */
public class MagentoOrderSource implements OrderSource {

  private final StoreConfig store;
  private final MagentoGateway gateway;

  public MagentoOrderSource(StoreConfig store, MagentoGateway gateway) {
    this.store = store;
    this.gateway = gateway;
  }

  @Override
  public String store() {
    return store.name();
  }

  /**
   * Customers often drop the zeros of Magento's default nine-digit increment id ("127" for
   * "000000127"): a short number not found as written is tried once more, padded.
   */
  @Override
  public Optional<Order> findByNumber(OrderNumber number) {
    Optional<Order> exact = byIncrementId(number.value());
    if (exact.isPresent() || !number.value().matches("\\d{1,8}")) {
      return exact;
    }
    return byIncrementId("%09d".formatted(Long.parseLong(number.value())));
  }

  private Optional<Order> byIncrementId(String incrementId) {
    return search("increment_id", incrementId).stream()
        .filter(order -> order.number().value().equals(incrementId))
        .findFirst();
  }

  @Override
  public List<Order> findByCustomerEmail(String email) {
    return search("customer_email", email.strip());
  }

  private List<Order> search(String field, String value) {
    return gateway.orders(store, field, value).stream()
        .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .map(o -> MagentoOrderMapper.order(store.name(), o, shipments(o)))
        .toList();
  }

  private JsonArray shipments(JsonObject order) {
    return MagentoOrderMapper.anythingShipped(order)
        ? gateway.shipments(store, text(order, "entity_id"))
        : JsonValue.EMPTY_JSON_ARRAY;
  }
}
