package dev.orderlens.order.infrastructure.magento;

import dev.orderlens.order.infrastructure.StoreConfig;
import dev.orderlens.order.infrastructure.StoreRefusedException;
import dev.orderlens.platform.rest.RestClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Reads orders and shipments from a store's Magento 2 REST API with an integration's bearer token,
 * and the fault tolerance a helpdesk's 10 s webhook timeout demands: 2 s per attempt, one jittered
 * retry (reads only), and a circuit breaker so a shop that is down stops costing time. A 404 means
 * "nothing there", not a failure.
 */
@ApplicationScoped
@Retry(abortOn = StoreRefusedException.class)
@CircuitBreaker
public class MagentoGateway {

  static final int PAGE_SIZE = 5;

  private final RestClients.PerKey<MagentoRestApi> clients = new RestClients.PerKey<>();

  /** Orders whose {@code field} equals {@code value}, newest first: the search result's items. */
  public JsonArray orders(StoreConfig store, String field, String value) {
    return items(
        store,
        () ->
            client(store)
                .orders(bearer(store), field, value, "eq", "created_at", "DESC", PAGE_SIZE));
  }

  /** The shipments (with their tracks and items) of one order, by its {@code entity_id}. */
  public JsonArray shipments(StoreConfig store, String orderEntityId) {
    return items(
        store, () -> client(store).shipments(bearer(store), "order_id", orderEntityId, "eq"));
  }

  /** Products whose {@code field} matches {@code value} under {@code condition}. */
  public JsonArray products(
      StoreConfig store, String field, String value, String condition, int pageSize) {
    return items(
        store, () -> client(store).products(bearer(store), field, value, condition, pageSize));
  }

  /** The stock item of a SKU ({@code qty}, {@code is_in_stock}); empty when Magento has none. */
  public java.util.Optional<JsonObject> stockItem(StoreConfig store, String sku) {
    try {
      return java.util.Optional.ofNullable(client(store).stockItem(bearer(store), sku));
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() == 404) {
        return java.util.Optional.empty();
      }
      throw StoreRefusedException.isRefusal(e.getResponse().getStatus())
          ? new StoreRefusedException(store.name(), e.getResponse().getStatus())
          : e;
    }
  }

  /** The store's base currency code, in which catalogue prices are given. */
  public String baseCurrency(StoreConfig store) {
    JsonObject currency = client(store).currency(bearer(store));
    return currency == null ? null : currency.getString("base_currency_code", null);
  }

  private static JsonArray items(StoreConfig store, java.util.function.Supplier<JsonObject> call) {
    try {
      JsonObject result = call.get();
      JsonValue items = result == null ? null : result.get("items");
      return items != null && items.getValueType() == JsonValue.ValueType.ARRAY
          ? items.asJsonArray()
          : JsonValue.EMPTY_JSON_ARRAY;
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 404) {
        return JsonValue.EMPTY_JSON_ARRAY;
      }
      throw StoreRefusedException.isRefusal(status)
          ? new StoreRefusedException(store.name(), status)
          : e;
    }
  }

  private static String bearer(StoreConfig store) {
    return "Bearer " + (store.token() == null ? "" : store.token());
  }

  private MagentoRestApi client(StoreConfig store) {
    return clients.get(
        store.name(),
        name ->
            RestClients.builder(RestClients.Kind.SHOP, store.name(), store.baseUrl())
                .build(MagentoRestApi.class));
  }
}
