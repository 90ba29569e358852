package dev.orderlens.order.infrastructure.vendure;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.FulfilmentSource;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates Vendure's Admin API {@code Order} into Orderlens' {@link Order}. A variant with a
 * {@code dropShipSupplier} ships from that supplier; other lines ship from the shop's stock, whose
 * saleable level (on hand minus allocated) is reported as read at {@code readAt}.
 */
final class VendureOrderMapper {

  private VendureOrderMapper() {}

  /** The orders of an {@code orders} query. */
  static List<Order> orders(String store, JsonObject response, Instant readAt) {
    JsonObject data = object(response, "data");
    int precision = VendureMoney.precision(data);
    List<Order> result = new ArrayList<>();
    for (JsonValue o : array(object(data, "orders"), "items")) {
      result.add(order(store, o.asJsonObject(), precision, readAt));
    }
    return result;
  }

  /** The checked-out orders of the customers of a {@code customers} query, newest first. */
  static List<Order> customersOrders(String store, JsonObject response, Instant readAt) {
    JsonObject data = object(response, "data");
    int precision = VendureMoney.precision(data);
    List<Order> result = new ArrayList<>();
    for (JsonValue customer : array(object(data, "customers"), "items")) {
      for (JsonValue o : array(object(customer.asJsonObject(), "orders"), "items")) {
        if (!VendureStates.isCart(text(o.asJsonObject(), "state"))) {
          result.add(order(store, o.asJsonObject(), precision, readAt));
        }
      }
    }
    result.sort(Comparator.comparing(Order::placedAt).reversed());
    return result;
  }

  static Order order(String store, JsonObject o, int precision, Instant readAt) {
    String currency = text(o, "currencyCode");
    JsonObject custom = object(o, "customFields");
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("vendureState", text(o, "state"));
    if (custom != null) {
      custom.keySet().stream()
          .filter(k -> text(custom, k) != null)
          .forEach(k -> attributes.put(k, text(custom, k)));
    }
    return new Order(
        store,
        OrderNumber.of(text(o, "code")),
        VendureStates.status(text(o, "state")),
        VendureStates.payment(text(o, "state"), array(o, "payments")),
        instant(text(o, "orderPlacedAt") != null ? text(o, "orderPlacedAt") : text(o, "createdAt")),
        date(text(custom, "promisedDeliveryFrom")),
        date(text(custom, "promisedDeliveryDate")),
        VendureMoney.of(text(o, "totalWithTax"), currency, precision),
        lines(o, currency, precision, readAt),
        fulfilments(o),
        VendureParties.buyer(object(o, "customer"), object(o, "billingAddress")),
        VendureParties.address(object(o, "billingAddress")),
        VendureParties.recipient(object(o, "shippingAddress")),
        "true".equals(text(custom, "isGift")),
        text(custom, "giftMessage"),
        null,
        attributes,
        null,
        null);
  }

  private static List<OrderLine> lines(JsonObject o, String currency, int precision, Instant at) {
    List<OrderLine> lines = new ArrayList<>();
    for (JsonValue value : array(o, "lines")) {
      JsonObject line = value.asJsonObject();
      JsonObject variant = object(line, "productVariant");
      String supplier = blankToNull(text(object(variant, "customFields"), "dropShipSupplier"));
      Integer stock = supplier == null ? saleableStock(variant) : null;
      lines.add(
          new OrderLine(
              text(variant, "sku"),
              text(variant, "name"),
              Integer.parseInt(text(line, "quantity")),
              VendureMoney.of(text(line, "unitPriceWithTax"), currency, precision),
              supplier == null ? FulfilmentSource.OWN_STOCK : FulfilmentSource.DROP_SHIP,
              supplier,
              stock,
              stock == null ? null : at,
              null));
    }
    return lines;
  }

  private static Integer saleableStock(JsonObject variant) {
    String onHand = text(variant, "stockOnHand");
    if (onHand == null) {
      return null;
    }
    String allocated = text(variant, "stockAllocated");
    return Integer.parseInt(onHand) - (allocated == null ? 0 : Integer.parseInt(allocated));
  }

  /**
   * Cancelled fulfilments are left out. Vendure keeps no shipping date: the fulfilment's creation,
   * which staff record when the parcel leaves, stands in for it once it is no longer pending.
   */
  private static List<Fulfilment> fulfilments(JsonObject o) {
    List<Fulfilment> fulfilments = new ArrayList<>();
    for (JsonValue value : array(o, "fulfillments")) {
      JsonObject f = value.asJsonObject();
      String state = text(f, "state");
      if (!"Cancelled".equals(state)) {
        fulfilments.add(
            Fulfilment.of(
                blankToNull(text(f, "method")),
                blankToNull(text(f, "trackingCode")),
                null,
                "Pending".equals(state) ? null : instant(text(f, "createdAt"))));
      }
    }
    return fulfilments;
  }

  private static Instant instant(String value) {
    return value == null ? null : Instant.parse(value);
  }

  /** A promised date the shop's storefront wrote in another format is left in the attributes. */
  private static LocalDate date(String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
