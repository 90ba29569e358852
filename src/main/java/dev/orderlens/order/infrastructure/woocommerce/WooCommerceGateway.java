package dev.orderlens.order.infrastructure.woocommerce;

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
 * Reads from a store's WooCommerce REST API v3 with the fault tolerance a helpdesk's 10 s webhook
 * timeout demands: 2 s per attempt, one jittered retry (reads only), and a circuit breaker so a
 * shop that is down stops costing time. A 404 means "nothing there", not a failure. The store's
 * token is {@code consumer_key:consumer_secret}, sent as HTTP Basic (WooCommerce over HTTPS).
 */
@ApplicationScoped
@Retry(abortOn = StoreRefusedException.class)
@CircuitBreaker
public class WooCommerceGateway {

  static final int PAGE_SIZE = 10;

  private final RestClients.PerKey<WooCommerceRestApi> clients = new RestClients.PerKey<>();

  public JsonArray orders(StoreConfig store, String search) {
    return orEmpty(
        store, () -> client(store).orders(basic(store), search, PAGE_SIZE, "date", "desc"));
  }

  /** A general setting such as {@code woocommerce_currency}; null when the shop does not say. */
  public String setting(StoreConfig store, String id) {
    try {
      JsonObject setting = client(store).setting(basic(store), id);
      return setting.containsKey("value") && !setting.isNull("value")
          ? setting.getString("value", null)
          : null;
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() == 404) {
        return null;
      }
      throw refusedOr(store, e);
    }
  }

  public JsonArray productsBySku(StoreConfig store, String sku) {
    return orEmpty(store, () -> client(store).productsBySku(basic(store), sku));
  }

  public JsonArray productsInStock(StoreConfig store, String categoryId, int max) {
    return orEmpty(
        store,
        () -> client(store).productsInStock(basic(store), categoryId, "instock", "publish", max));
  }

  private static JsonArray orEmpty(StoreConfig store, java.util.function.Supplier<JsonArray> call) {
    try {
      return call.get();
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() == 404) {
        return JsonValue.EMPTY_JSON_ARRAY;
      }
      throw refusedOr(store, e);
    }
  }

  private static RuntimeException refusedOr(StoreConfig store, WebApplicationException e) {
    int status = e.getResponse().getStatus();
    return StoreRefusedException.isRefusal(status)
        ? new StoreRefusedException(store.name(), status)
        : e;
  }

  static String basic(StoreConfig store) {
    return RestClients.basic(store.token());
  }

  private WooCommerceRestApi client(StoreConfig store) {
    return clients.get(
        store.name(),
        name ->
            RestClients.builder(RestClients.Kind.SHOP, store.name(), store.baseUrl())
                .build(WooCommerceRestApi.class));
  }
}
