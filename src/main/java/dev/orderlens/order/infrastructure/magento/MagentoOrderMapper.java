package dev.orderlens.order.infrastructure.magento;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;
import static dev.orderlens.platform.JsonFields.texts;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.FulfilmentSource;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.Party;
import dev.orderlens.order.domain.ShippingRecipient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translates a Magento 2 {@code sales-order} into {@link Order}. The buyer is the order's customer
 * with {@code billing_address}; the recipient is {@code
 * extension_attributes.shipping_assignments[0].shipping.address}. The gift message is {@code
 * extension_attributes.gift_message}; the order list may omit it (magento/magento2#4414), so a
 * {@code gift_message_id} alone still marks a gift. Child items of configurable products are left
 * out: their parent is the line the customer ordered. Magento has no drop-ship field: a line is
 * drop-shipped when a module puts {@code dropship_supplier} in the item's extension attributes.
 */
final class MagentoOrderMapper {

  private MagentoOrderMapper() {}

  static Order order(String store, JsonObject o, JsonArray shipments) {
    String currency = text(o, "order_currency_code");
    String baseCurrency = text(o, "base_currency_code");
    JsonObject billing = object(o, "billing_address");
    JsonObject extension = object(o, "extension_attributes");
    JsonObject shipping = shippingAddress(extension);
    JsonObject gift = object(extension, "gift_message");
    String giftMessage = text(gift, "message");
    List<OrderLine> lines = lines(o, currency);
    return new Order(
        store,
        OrderNumber.of(text(o, "increment_id")),
        MagentoStatus.status(o),
        MagentoStatus.payment(o),
        MagentoStatus.time(text(o, "created_at")),
        null,
        null,
        money(text(o, "grand_total"), currency),
        lines,
        MagentoShipments.fulfilments(shipments),
        new Party(
            name(text(o, "customer_firstname"), text(o, "customer_lastname"), billing),
            text(o, "customer_email"),
            text(billing, "telephone")),
        address(billing),
        shipping == null
            ? null
            : new ShippingRecipient(
                new Party(
                    name(text(shipping, "firstname"), text(shipping, "lastname"), null),
                    null,
                    text(shipping, "telephone")),
                address(shipping)),
        giftMessage != null || text(o, "gift_message_id") != null,
        giftMessage,
        text(o, "customer_note"),
        Map.of(),
        MagentoStatus.cancelledAt(o),
        baseCurrency != null && currency != null && !baseCurrency.equals(currency)
            ? money(text(o, "base_grand_total"), baseCurrency)
            : null);
  }

  /** Whether any item has shipped, so that the order's shipments are worth asking for. */
  static boolean anythingShipped(JsonObject o) {
    return array(o, "items").stream()
        .map(i -> text(i.asJsonObject(), "qty_shipped"))
        .anyMatch(q -> q != null && new BigDecimal(q).signum() > 0);
  }

  private static List<OrderLine> lines(JsonObject o, String currency) {
    List<OrderLine> lines = new ArrayList<>();
    for (JsonValue value : array(o, "items")) {
      JsonObject item = value.asJsonObject();
      if (text(item, "parent_item_id") != null) {
        continue;
      }
      String supplier = text(object(item, "extension_attributes"), "dropship_supplier");
      lines.add(
          new OrderLine(
              text(item, "sku"),
              text(item, "name"),
              new BigDecimal(text(item, "qty_ordered")).intValue(),
              money(text(item, "price"), currency),
              supplier == null ? FulfilmentSource.OWN_STOCK : FulfilmentSource.DROP_SHIP,
              supplier,
              null,
              null,
              null));
    }
    return lines;
  }

  private static JsonObject shippingAddress(JsonObject extension) {
    JsonArray assignments = array(extension, "shipping_assignments");
    return assignments.isEmpty()
        ? null
        : object(object(assignments.get(0).asJsonObject(), "shipping"), "address");
  }

  private static String name(String first, String last, JsonObject fallback) {
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    if (name.isEmpty() && fallback != null) {
      return name(text(fallback, "firstname"), text(fallback, "lastname"), null);
    }
    return name.isEmpty() ? null : name;
  }

  private static Money money(String amount, String currency) {
    return amount == null || currency == null ? null : new Money(new BigDecimal(amount), currency);
  }

  private static Address address(JsonObject a) {
    if (a == null) {
      return null;
    }
    List<String> street = texts(a, "street");
    return new Address(
        street.isEmpty() ? null : street.get(0),
        street.size() < 2 ? null : String.join(", ", street.subList(1, street.size())),
        text(a, "city"),
        text(a, "postcode"),
        text(a, "region"),
        text(a, "country_id"));
  }
}
