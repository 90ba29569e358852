package dev.orderlens.order.infrastructure.shopify;

import dev.orderlens.order.infrastructure.StoreConfig;
import dev.orderlens.platform.rest.RestClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Sends GraphQL queries to a store's Shopify Admin API, with the fault tolerance a helpdesk's 10 s
 * webhook timeout demands: 2 s per attempt, a jittered retry for reads, and a circuit breaker so a
 * shop that is down stops costing time. MicroProfile keeps one breaker per method, so all Shopify
 * stores share it; a refused query (GraphQL errors) is not an outage and does not count.
 */
@ApplicationScoped
public class ShopifyGateway {

  private final RestClients.PerKey<ShopifyGraphqlApi> clients = new RestClients.PerKey<>();

  @Inject
  @ConfigProperty(name = "order.shopify.api-version", defaultValue = "2025-01")
  String apiVersion;

  @Retry(abortOn = ShopifyQueryException.class)
  @CircuitBreaker(skipOn = ShopifyQueryException.class)
  public JsonObject query(StoreConfig store, JsonObject request) {
    JsonObject response = client(store).query(apiVersion, store.token(), request);
    if (response.containsKey("errors") && !response.containsKey("data")) {
      throw new ShopifyQueryException(store.name());
    }
    return response;
  }

  private ShopifyGraphqlApi client(StoreConfig store) {
    return clients.get(
        store.name(),
        name ->
            RestClients.builder(RestClients.Kind.SHOP, store.name(), store.baseUrl())
                .build(ShopifyGraphqlApi.class));
  }

  /** Shopify answered, but refused the query: retrying the same query will not help. */
  public static class ShopifyQueryException extends RuntimeException {
    ShopifyQueryException(String store) {
      super("Shopify store " + store + " refused the query");
    }
  }
}
