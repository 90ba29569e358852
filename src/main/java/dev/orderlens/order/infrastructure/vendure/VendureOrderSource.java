package dev.orderlens.order.infrastructure.vendure;

import static dev.orderlens.platform.Jsons.JSON;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.infrastructure.StoreConfig;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One Vendure shop as an order source: finds an order by its code ("order number" to customers) or
 * a customer's orders by e-mail through the Admin GraphQL API, and translates them with {@link
 * VendureOrderMapper}. The store's token is "username:password" of an administrator who may read
 * orders and customers.
 */
public class VendureOrderSource implements OrderSource {

  private final StoreConfig store;
  private final VendureGateway gateway;
  private final Clock clock;
  private volatile String queries;

  public VendureOrderSource(StoreConfig store, VendureGateway gateway, Clock clock) {
    this.store = store;
    this.gateway = gateway;
    this.clock = clock;
  }

  public VendureOrderSource(StoreConfig store, VendureGateway gateway) {
    this(store, gateway, Clock.systemUTC());
  }

  @Override
  public String store() {
    return store.name();
  }

  /** Vendure's codes are upper case; a code typed in lower case is tried again in upper case. */
  @Override
  public Optional<Order> findByNumber(OrderNumber number) {
    Optional<Order> found = byCode(number.value());
    String upper = number.value().toUpperCase(Locale.ROOT);
    return found.isEmpty() && !upper.equals(number.value()) ? byCode(upper) : found;
  }

  @Override
  public List<Order> findByCustomerEmail(String email) {
    String normalised = email.strip().toLowerCase(Locale.ROOT);
    return ask(
        "OrdersByEmail",
        "email",
        normalised,
        answer -> VendureOrderMapper.customersOrders(store.name(), answer, clock.instant()));
  }

  private Optional<Order> byCode(String code) {
    return ask(
            "OrderByCode",
            "code",
            code,
            answer -> VendureOrderMapper.orders(store.name(), answer, clock.instant()))
        .stream()
        .filter(order -> order.number().value().equals(code))
        .findFirst();
  }

  private <T> T ask(String operation, String variable, String value, Function<JsonObject, T> map) {
    try {
      JsonObject request =
          JSON.createObjectBuilder()
              .add("query", queries())
              .add("operationName", operation)
              .add("variables", JSON.createObjectBuilder().add(variable, value))
              .build();
      return map.apply(gateway.query(store, request));
    } catch (RuntimeException e) {
      if (e instanceof VendureQueryException) {
        queries = null; // the shop's schema may have changed: look again next time
      }
      throw e;
    }
  }

  /**
   * Built on first use from the shop's schema, and again after Vendure refused a query (a custom
   * field removed); custom fields a shop adds later are read after Orderlens restarts.
   */
  private String queries() {
    if (queries == null) {
      JsonObject request =
          JSON.createObjectBuilder().add("query", VendureQueries.CUSTOM_FIELDS).build();
      queries = VendureQueries.orders(gateway.query(store, request));
    }
    return queries;
  }
}
