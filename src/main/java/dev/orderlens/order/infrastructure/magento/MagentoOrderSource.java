package dev.orderlens.order.infrastructure.magento;

import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSourceUnavailableException;
import dev.orderlens.order.infrastructure.StoreConfig;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * One Magento 2 store as an order source: {@code GET /rest/V1/orders} filtered on {@code
 * increment_id} or {@code customer_email}; an order's tracking numbers come from {@code GET
 * /rest/V1/shipments} (the order payload has none), asked only when something has shipped.
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

  @Override
  public Optional<Order> findByNumber(OrderNumber number) {
    return search("increment_id", number.value()).stream()
        .filter(order -> order.number().equals(number))
        .findFirst();
  }

  @Override
  public List<Order> findByCustomerEmail(String email) {
    return search("customer_email", email.strip());
  }

  private List<Order> search(String field, String value) {
    try {
      return gateway.orders(store, field, value).stream()
          .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
          .map(JsonValue::asJsonObject)
          .map(o -> MagentoOrderMapper.order(store.name(), o, shipments(o)))
          .toList();
    } catch (RuntimeException e) {
      throw new OrderSourceUnavailableException(store.name(), e);
    }
  }

  private JsonArray shipments(JsonObject order) {
    return MagentoOrderMapper.anythingShipped(order)
        ? gateway.shipments(store, text(order, "entity_id"))
        : JsonValue.EMPTY_JSON_ARRAY;
  }
}
