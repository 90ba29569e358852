package dev.orderlens.order.infrastructure.woocommerce;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.infrastructure.StoreConfig;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One WooCommerce store as an order source. Both look-ups use {@code GET /wp-json/wc/v3/orders
 * ?search=}: the search covers the order number and the billing e-mail, and also finds guest
 * orders, which {@code ?customer=<id>} would miss. Results are then kept only if the number or
 * e-mail matches exactly. The store's currency is asked for only when an order was paid in another
 * one.
 */
public class WooCommerceOrderSource implements OrderSource {

  private final StoreConfig store;
  private final WooCommerceGateway gateway;
  private volatile String storeCurrency;

  public WooCommerceOrderSource(StoreConfig store, WooCommerceGateway gateway) {
    this.store = store;
    this.gateway = gateway;
  }

  @Override
  public String store() {
    return store.name();
  }

  @Override
  public Optional<Order> findByNumber(OrderNumber number) {
    return search(number.value()).stream()
        .filter(order -> order.number().equals(number))
        .findFirst();
  }

  @Override
  public List<Order> findByCustomerEmail(String email) {
    String wanted = email.strip().toLowerCase(Locale.ROOT);
    return search(wanted).stream()
        .filter(o -> o.buyer().hasEmail() && o.buyer().email().equalsIgnoreCase(wanted))
        .toList();
  }

  private List<Order> search(String term) {
    JsonArray found = gateway.orders(store, term);
    return found.stream()
        .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .map(o -> WooCommerceOrderMapper.order(store.name(), o, currencyFor(o)))
        .toList();
  }

  private String currencyFor(JsonObject order) {
    if (!WooCommerceOrderMapper.needsStoreCurrency(order)) {
      return null;
    }
    if (storeCurrency == null) {
      storeCurrency = gateway.setting(store, "woocommerce_currency");
    }
    return storeCurrency;
  }
}
