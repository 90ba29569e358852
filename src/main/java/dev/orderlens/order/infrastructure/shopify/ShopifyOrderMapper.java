package dev.orderlens.order.infrastructure.shopify;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.Party;
import dev.orderlens.order.domain.PaymentState;
import dev.orderlens.order.domain.ShippingRecipient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates Shopify's Admin GraphQL {@code Order} into Orderlens' {@link Order}: display statuses
 * to one status, disputes to {@code DISPUTED}, gift attributes to the gift flag and message; the
 * total in the currency the customer paid in, with the shop-currency total kept when they differ.
 * Lines and parcels are read by {@link ShopifyFulfilment}.
 */
final class ShopifyOrderMapper {

  private ShopifyOrderMapper() {}

  static List<Order> orders(String store, JsonObject response) {
    JsonObject orders = object(object(response, "data"), "orders");
    List<Order> result = new ArrayList<>();
    for (JsonValue node : array(orders, "nodes")) {
      result.add(order(store, node.asJsonObject()));
    }
    return result;
  }

  static Order order(String store, JsonObject o) {
    Money storeTotal = money(object(o, "currentTotalPriceSet"));
    Money presented = money(object(o, "currentTotalPriceSet"), "presentmentMoney");
    Money total = presented != null ? presented : storeTotal;
    Map<String, String> attributes = new LinkedHashMap<>();
    for (JsonValue a : array(o, "customAttributes")) {
      attributes.put(text(a.asJsonObject(), "key"), text(a.asJsonObject(), "value"));
    }
    String giftMessage = giftMessage(attributes);
    boolean gift =
        giftMessage != null
            || attributes.keySet().stream()
                .anyMatch(k -> k.toLowerCase(Locale.ROOT).contains("gift"));
    JsonObject customer = object(o, "customer");
    JsonObject billing = object(o, "billingAddress");
    JsonObject shipping = object(o, "shippingAddress");
    List<Fulfilment> fulfilments = ShopifyFulfilment.fulfilments(o);
    return new Order(
        store,
        OrderNumber.of(text(o, "name")),
        status(o, fulfilments),
        payment(o),
        Instant.parse(text(o, "createdAt")),
        promised(o, attributes, "promisedFrom", "promised_from"),
        promised(o, attributes, "promisedTo", "promised_to"),
        total,
        ShopifyFulfilment.lines(o),
        fulfilments,
        new Party(
            customer != null ? text(customer, "displayName") : text(billing, "name"),
            customer != null && text(customer, "email") != null
                ? text(customer, "email")
                : text(o, "email"),
            customer != null && text(customer, "phone") != null
                ? text(customer, "phone")
                : text(o, "phone")),
        address(billing),
        shipping == null
            ? null
            : new ShippingRecipient(
                new Party(text(shipping, "name"), null, text(shipping, "phone")),
                address(shipping)),
        gift,
        giftMessage,
        text(o, "note"),
        attributes,
        instant(text(o, "cancelledAt")),
        total != null && storeTotal != null && !total.currency().equals(storeTotal.currency())
            ? storeTotal
            : null);
  }

  private static OrderStatus status(JsonObject o, List<Fulfilment> fulfilments) {
    if (text(o, "cancelledAt") != null) {
      return OrderStatus.CANCELLED;
    }
    if ("REFUNDED".equals(text(o, "displayFinancialStatus"))) {
      return OrderStatus.REFUNDED;
    }
    boolean delivered =
        !array(o, "fulfillments").isEmpty()
            && array(o, "fulfillments").stream()
                .allMatch(f -> "DELIVERED".equals(text(f.asJsonObject(), "displayStatus")));
    String fulfilment = String.valueOf(text(o, "displayFulfillmentStatus"));
    return switch (fulfilment) {
      case "FULFILLED" -> delivered ? OrderStatus.DELIVERED : OrderStatus.SHIPPED;
      case "PARTIALLY_FULFILLED" -> OrderStatus.PARTIALLY_SHIPPED;
      case "ON_HOLD" -> OrderStatus.ON_HOLD;
      default ->
          "PENDING".equals(text(o, "displayFinancialStatus"))
              ? OrderStatus.PENDING_PAYMENT
              : OrderStatus.PROCESSING;
    };
  }

  private static PaymentState payment(JsonObject o) {
    boolean disputed =
        array(o, "disputes").stream()
            .anyMatch(d -> !"WON".equals(text(d.asJsonObject(), "status")));
    if (disputed) {
      return PaymentState.DISPUTED;
    }
    return switch (String.valueOf(text(o, "displayFinancialStatus"))) {
      case "PAID" -> PaymentState.PAID;
      case "PENDING", "PARTIALLY_PAID" -> PaymentState.PENDING;
      case "AUTHORIZED" -> PaymentState.AUTHORIZED;
      case "PARTIALLY_REFUNDED" -> PaymentState.PARTIALLY_REFUNDED;
      case "REFUNDED" -> PaymentState.REFUNDED;
      case "VOIDED", "EXPIRED" -> PaymentState.VOIDED;
      default -> PaymentState.UNKNOWN;
    };
  }

  /**
   * Shopify has no promised-delivery field. Convention: the order metafields {@code
   * orderlens.promised_from} and {@code orderlens.promised_to} (ISO dates, written by the shop's
   * checkout or delivery-date app), else custom attributes with those keys.
   */
  private static LocalDate promised(
      JsonObject o, Map<String, String> attributes, String alias, String key) {
    String value = text(object(o, alias), "value");
    if (value == null) {
      value = attributes.get(key);
    }
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static String giftMessage(Map<String, String> attributes) {
    return attributes.entrySet().stream()
        .filter(e -> e.getKey() != null)
        .filter(e -> e.getKey().toLowerCase(Locale.ROOT).replace('_', ' ').contains("gift message"))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private static Instant instant(String value) {
    return value == null ? null : Instant.parse(value);
  }

  private static Money money(JsonObject set) {
    return money(set, "shopMoney");
  }

  private static Money money(JsonObject set, String which) {
    JsonObject shop = object(set, which);
    if (shop == null || text(shop, "amount") == null) {
      return null;
    }
    return new Money(new BigDecimal(text(shop, "amount")), text(shop, "currencyCode"));
  }

  private static Address address(JsonObject a) {
    return a == null
        ? null
        : new Address(
            text(a, "address1"),
            text(a, "address2"),
            text(a, "city"),
            text(a, "zip"),
            text(a, "province"),
            text(a, "countryCodeV2"));
  }
}
