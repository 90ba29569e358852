package dev.orderlens.order.infrastructure.shopify;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.FulfilmentSource;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.OrderLine;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lines and parcels of a Shopify order. A line is drop-shipped when its fulfillment order is
 * assigned to a location run by a fulfillment service ({@code assignedLocation.location
 * .fulfillmentService}), the way drop-shipping apps plug into Shopify; the location's name is the
 * supplier (a third-party warehouse looks the same: it too ships what the shop cannot). The first
 * fulfillment request's {@code sentAt} is when the line was passed to the supplier. Each tracking
 * number carries the SKUs of its fulfillment's line items.
 */
final class ShopifyFulfilment {

  private ShopifyFulfilment() {}

  static List<OrderLine> lines(JsonObject o) {
    Map<String, Source> sources = sources(o);
    List<OrderLine> lines = new ArrayList<>();
    for (JsonValue node : array(object(o, "lineItems"), "nodes")) {
      JsonObject line = node.asJsonObject();
      Source source = sources.get(text(line, "id"));
      boolean dropShip = source != null && source.fulfilmentService();
      lines.add(
          new OrderLine(
              text(line, "sku"),
              text(line, "name"),
              Integer.parseInt(text(line, "quantity")),
              unitPrice(object(line, "originalUnitPriceSet")),
              dropShip ? FulfilmentSource.DROP_SHIP : FulfilmentSource.OWN_STOCK,
              dropShip ? source.location() : null,
              null,
              null,
              dropShip ? source.requestSentAt() : null));
    }
    return lines;
  }

  static List<Fulfilment> fulfilments(JsonObject o) {
    List<Fulfilment> fulfilments = new ArrayList<>();
    for (JsonValue node : array(o, "fulfillments")) {
      JsonObject f = node.asJsonObject();
      String created = text(f, "createdAt");
      List<String> skus =
          array(object(f, "fulfillmentLineItems"), "nodes").stream()
              .map(n -> text(object(n.asJsonObject(), "lineItem"), "sku"))
              .filter(Objects::nonNull)
              .distinct()
              .toList();
      for (JsonValue t : array(f, "trackingInfo")) {
        JsonObject info = t.asJsonObject();
        fulfilments.add(
            new Fulfilment(
                text(info, "company"),
                text(info, "number"),
                text(info, "url"),
                created == null ? null : Instant.parse(created),
                skus));
      }
    }
    return fulfilments;
  }

  /** Where each line item (by id) is assigned to ship from. */
  private static Map<String, Source> sources(JsonObject o) {
    Map<String, Source> sources = new HashMap<>();
    for (JsonValue node : array(object(o, "fulfillmentOrders"), "nodes")) {
      JsonObject fo = node.asJsonObject();
      JsonObject assigned = object(fo, "assignedLocation");
      boolean service = object(object(assigned, "location"), "fulfillmentService") != null;
      String sentAt =
          array(object(fo, "merchantRequests"), "nodes").stream()
              .map(r -> text(r.asJsonObject(), "sentAt"))
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(null);
      Source source =
          new Source(
              text(assigned, "name"), service, sentAt == null ? null : Instant.parse(sentAt));
      for (JsonValue item : array(object(fo, "lineItems"), "nodes")) {
        sources.putIfAbsent(text(object(item.asJsonObject(), "lineItem"), "id"), source);
      }
    }
    return sources;
  }

  /** In the currency the customer paid in, like the order total. */
  private static Money unitPrice(JsonObject set) {
    Money presented = money(object(set, "presentmentMoney"));
    return presented != null ? presented : money(object(set, "shopMoney"));
  }

  private static Money money(JsonObject shop) {
    return shop == null || text(shop, "amount") == null
        ? null
        : new Money(new BigDecimal(text(shop, "amount")), text(shop, "currencyCode"));
  }

  private record Source(String location, boolean fulfilmentService, Instant requestSentAt) {}
}
