package dev.orderlens.order.infrastructure.vendure;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSourceUnavailableException;
import dev.orderlens.order.infrastructure.StoreConfig;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One Vendure shop as an order source: finds an order by its code ("order number" to customers) or
 * a customer's orders by e-mail through the Admin GraphQL API, and translates them with {@link
 * VendureOrderMapper}. The store's token is "username:password" of an administrator who may read
 * orders, customers and the catalogue.
 */
public class VendureOrderSource implements OrderSource {

  static final String QUERIES =
      """
      fragment OrderlensOrder on Order {
        code state createdAt orderPlacedAt currencyCode totalWithTax
        customer { firstName lastName emailAddress phoneNumber }
        billingAddress { fullName company streetLine1 streetLine2 city province postalCode countryCode phoneNumber }
        shippingAddress { fullName company streetLine1 streetLine2 city province postalCode countryCode phoneNumber }
        payments { state amount method refunds { total state } }
        fulfillments { state method trackingCode createdAt }
        lines {
          quantity unitPriceWithTax
          productVariant { sku name stockOnHand stockAllocated customFields { dropShipSupplier } }
        }
        customFields { isGift giftMessage promisedDeliveryFrom promisedDeliveryDate }
      }
      query OrderByCode($code: String!) {
        globalSettings { serverConfig { moneyStrategyPrecision } }
        orders(options: { filter: { code: { eq: $code } }, take: 1 }) { items { ...OrderlensOrder } }
      }
      query OrdersByEmail($email: String!) {
        globalSettings { serverConfig { moneyStrategyPrecision } }
        customers(options: { filter: { emailAddress: { eq: $email } }, take: 5 }) {
          items { orders(options: { sort: { createdAt: DESC }, take: 10 }) { items { ...OrderlensOrder } } }
        }
      }
      """;

  private final StoreConfig store;
  private final VendureGateway gateway;
  private final Clock clock;

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
    JsonObject response = ask("OrdersByEmail", "email", email.strip().toLowerCase(Locale.ROOT));
    return VendureOrderMapper.customersOrders(store.name(), response, clock.instant());
  }

  private Optional<Order> byCode(String code) {
    JsonObject response = ask("OrderByCode", "code", code);
    return VendureOrderMapper.orders(store.name(), response, clock.instant()).stream()
        .filter(order -> order.number().value().equals(code))
        .findFirst();
  }

  private JsonObject ask(String operation, String variable, String value) {
    JsonObject request =
        Json.createObjectBuilder()
            .add("query", QUERIES)
            .add("operationName", operation)
            .add("variables", Json.createObjectBuilder().add(variable, value))
            .build();
    try {
      return gateway.query(store, request);
    } catch (RuntimeException e) {
      throw new OrderSourceUnavailableException(store.name(), e);
    }
  }
}
