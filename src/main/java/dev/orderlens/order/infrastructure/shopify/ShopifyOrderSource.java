package dev.orderlens.order.infrastructure.shopify;

import static dev.orderlens.platform.Jsons.JSON;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.infrastructure.StoreConfig;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * One Shopify store as an order source: searches orders by name ("#1001") or by the customer's
 * e-mail through the Admin GraphQL API and translates them with {@link ShopifyOrderMapper}.
 */
public class ShopifyOrderSource implements OrderSource {

  static final String ORDERS_QUERY =
      """
      query Orders($query: String!) {
        orders(first: 5, query: $query, sortKey: CREATED_AT, reverse: true) {
          nodes {
            id name createdAt cancelledAt note email phone
            displayFinancialStatus displayFulfillmentStatus
            currentTotalPriceSet {
              shopMoney { amount currencyCode } presentmentMoney { amount currencyCode }
            }
            customer { displayName email phone numberOfOrders amountSpent { amount currencyCode } }
            billingAddress { name company address1 address2 city zip province countryCodeV2 phone }
            shippingAddress { name company address1 address2 city zip province countryCodeV2 phone }
            customAttributes { key value }
            promisedFrom: metafield(namespace: "orderlens", key: "promised_from") { value }
            promisedTo: metafield(namespace: "orderlens", key: "promised_to") { value }
            disputes { status initiatedAs }
            lineItems(first: 50) {
              nodes {
                id sku name quantity
                originalUnitPriceSet {
                  shopMoney { amount currencyCode } presentmentMoney { amount currencyCode }
                }
              }
            }
            fulfillments(first: 10) {
              createdAt displayStatus
              trackingInfo(first: 5) { company number url }
              fulfillmentLineItems(first: 50) { nodes { lineItem { sku } } }
            }
            fulfillmentOrders(first: 10) {
              nodes {
                status requestStatus
                assignedLocation { name location { fulfillmentService { serviceName } } }
                merchantRequests(first: 1, kind: FULFILLMENT_REQUEST) { nodes { sentAt } }
                lineItems(first: 50) { nodes { lineItem { id } } }
              }
            }
          }
        }
      }
      """;

  private final StoreConfig store;
  private final ShopifyGateway gateway;

  public ShopifyOrderSource(StoreConfig store, ShopifyGateway gateway) {
    this.store = store;
    this.gateway = gateway;
  }

  @Override
  public String store() {
    return store.name();
  }

  @Override
  public Optional<Order> findByNumber(OrderNumber number) {
    return search("name:" + quoted("#" + number.value())).stream()
        .filter(order -> order.number().equals(number))
        .findFirst();
  }

  @Override
  public List<Order> findByCustomerEmail(String email) {
    return search("email:" + quoted(email.strip()));
  }

  private List<Order> search(String query) {
    JsonObject request =
        JSON.createObjectBuilder()
            .add("query", ORDERS_QUERY)
            .add("variables", JSON.createObjectBuilder().add("query", query))
            .build();
    return ShopifyOrderMapper.orders(store.name(), gateway.query(store, request));
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "").replace("\"", "") + "\"";
  }
}
