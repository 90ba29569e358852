package dev.orderlens.order.infrastructure.woocommerce;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.FulfilmentSource;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.Party;
import dev.orderlens.order.domain.ShippingRecipient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a WooCommerce REST v3 order into {@link Order}: {@code billing} is the buyer, {@code
 * shipping} the recipient; gift, tracking and supplier details come from plugin {@code meta_data}.
 * Conventions read (key case and leading underscore ignored): a key containing "gift" but not
 * "gift_card" marks a gift, one containing "gift_message" holds the message; line meta {@code
 * supplier}, {@code dropship_supplier} or {@code _dropship_supplier} marks a drop-shipped line and
 * {@code supplier_ordered_at} when it was passed on; order meta {@code _order_total_base_currency}
 * (Aelia Currency Switcher) gives the total in the store currency. WooCommerce records no
 * cancellation time: a cancelled order's last modification stands in for it.
 */
final class WooCommerceOrderMapper {

  private WooCommerceOrderMapper() {}

  /**
   * @param storeCurrency the shop's own currency, or null when unknown
   */
  static Order order(String store, JsonObject o, String storeCurrency) {
    String currency = text(o, "currency");
    WooCommerceMeta meta = WooCommerceMeta.of(o);
    Map<String, String> skuByProductId = new HashMap<>();
    List<OrderLine> lines = lines(o, currency, skuByProductId);
    List<Fulfilment> fulfilments = WooCommerceTracking.fulfilments(meta, skuByProductId);
    Money total = money(text(o, "total"), currency);
    WooCommerceGift gift = WooCommerceGift.of(meta);
    JsonObject billing = object(o, "billing");
    JsonObject shipping = object(o, "shipping");
    return new Order(
        store,
        OrderNumber.of(text(o, "number") != null ? text(o, "number") : text(o, "id")),
        WooCommerceStatus.status(text(o, "status"), lines, fulfilments),
        WooCommerceStatus.payment(o, meta),
        gmt(o, "date_created_gmt", "date_created"),
        null,
        null,
        total,
        lines,
        fulfilments,
        new Party(name(billing), text(billing, "email"), text(billing, "phone")),
        address(billing),
        isBlank(shipping)
            ? null
            : new ShippingRecipient(
                new Party(name(shipping), null, text(shipping, "phone")), address(shipping)),
        gift.gift(),
        gift.message(),
        text(o, "customer_note"),
        Map.of(),
        "cancelled".equals(text(o, "status")) ? gmt(o, "date_modified_gmt", "date_modified") : null,
        storeTotal(meta, currency, storeCurrency));
  }

  private static List<OrderLine> lines(
      JsonObject o, String currency, Map<String, String> skuByProductId) {
    List<OrderLine> lines = new ArrayList<>();
    for (JsonValue item : array(o, "line_items")) {
      JsonObject line = item.asJsonObject();
      String sku = text(line, "sku");
      skuByProductId.put(text(line, "product_id"), sku);
      skuByProductId.put(text(line, "variation_id"), sku);
      WooCommerceMeta meta = WooCommerceMeta.of(line);
      String supplier = meta.text("supplier", "dropship_supplier", "supplier_name");
      int quantity = Integer.parseInt(text(line, "quantity"));
      lines.add(
          new OrderLine(
              sku,
              text(line, "name"),
              quantity,
              money(text(line, "price"), currency),
              supplier == null ? FulfilmentSource.OWN_STOCK : FulfilmentSource.DROP_SHIP,
              supplier,
              null,
              null,
              WooCommerceMeta.time(meta.text("supplier_ordered_at"))));
    }
    return lines;
  }

  private static Money storeTotal(WooCommerceMeta meta, String currency, String storeCurrency) {
    String base = meta.text("_order_total_base_currency");
    if (base == null || storeCurrency == null || storeCurrency.equalsIgnoreCase(currency)) {
      return null;
    }
    return money(base, storeCurrency);
  }

  static boolean needsStoreCurrency(JsonObject o) {
    return WooCommerceMeta.of(o).text("_order_total_base_currency") != null;
  }

  /** WooCommerce writes GMT times without an offset; the site-local field is the fallback. */
  private static Instant gmt(JsonObject o, String gmtField, String localField) {
    String value = text(o, gmtField) != null ? text(o, gmtField) : text(o, localField);
    return value == null ? null : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
  }

  private static Money money(String amount, String currency) {
    return amount == null || currency == null ? null : new Money(new BigDecimal(amount), currency);
  }

  private static String name(JsonObject a) {
    String name =
        ((text(a, "first_name") == null ? "" : text(a, "first_name"))
                + " "
                + (text(a, "last_name") == null ? "" : text(a, "last_name")))
            .strip();
    return name.isEmpty() ? text(a, "company") : name;
  }

  private static boolean isBlank(JsonObject a) {
    return a == null || (text(a, "address_1") == null || text(a, "address_1").isBlank());
  }

  private static Address address(JsonObject a) {
    return isBlank(a)
        ? null
        : new Address(
            text(a, "address_1"),
            emptyToNull(text(a, "address_2")),
            text(a, "city"),
            text(a, "postcode"),
            emptyToNull(text(a, "state")),
            text(a, "country"));
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
