package dev.orderlens.order.infrastructure.woocommerce;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.Fulfilment;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tracking numbers from the two conventions WooCommerce shops use: the Shipment Tracking
 * extension's {@code _wc_shipment_tracking_items} (also written by Advanced Shipment Tracking,
 * whose {@code products_list} says which products went in which parcel), and the flat {@code
 * _tracking_provider}/{@code _tracking_number} pair of simpler plugins.
 */
final class WooCommerceTracking {

  private WooCommerceTracking() {}

  /**
   * @param skuByProductId line SKUs by WooCommerce product and variation id, to name parcel
   *     contents
   */
  static List<Fulfilment> fulfilments(WooCommerceMeta meta, Map<String, String> skuByProductId) {
    List<Fulfilment> fulfilments = new ArrayList<>();
    JsonValue items = meta.value("_wc_shipment_tracking_items").orElse(JsonValue.NULL);
    if (items.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue item : items.asJsonArray()) {
        if (item.getValueType() == JsonValue.ValueType.OBJECT) {
          fulfilments.add(fromItem(item.asJsonObject(), skuByProductId));
        }
      }
    }
    String number = meta.text("_tracking_number", "tracking_number");
    if (fulfilments.isEmpty() && number != null) {
      fulfilments.add(
          Fulfilment.of(
              meta.text("_tracking_provider", "tracking_provider"),
              number,
              meta.text("_tracking_url", "tracking_url"),
              WooCommerceMeta.time(meta.text("_date_shipped", "date_shipped"))));
    }
    return fulfilments;
  }

  private static Fulfilment fromItem(JsonObject item, Map<String, String> skuByProductId) {
    String provider = text(item, "tracking_provider");
    if (provider == null || provider.isBlank()) {
      provider = text(item, "custom_tracking_provider");
    }
    String link = text(item, "custom_tracking_link");
    List<String> skus = new ArrayList<>();
    for (JsonValue p : array(item, "products_list")) {
      String sku =
          p.getValueType() == JsonValue.ValueType.OBJECT
              ? skuByProductId.get(text(p.asJsonObject(), "product"))
              : null;
      if (sku != null && !skus.contains(sku)) {
        skus.add(sku);
      }
    }
    return new Fulfilment(
        provider,
        text(item, "tracking_number"),
        link == null || link.isBlank() ? null : link,
        WooCommerceMeta.time(text(item, "date_shipped")),
        skus);
  }
}
