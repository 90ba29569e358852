package dev.orderlens.order.infrastructure.woocommerce;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.catalog.AlternativeSelection;
import dev.orderlens.order.domain.catalog.CatalogItem;
import dev.orderlens.order.domain.catalog.CatalogSource;
import dev.orderlens.order.infrastructure.StoreConfig;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One WooCommerce store's catalogue: finds the ordered product by SKU ({@code GET
 * /wp-json/wc/v3/products?sku=}), then the published, in-stock products of its first category
 * ({@code ?category=&stock_status=instock}), and lets {@link AlternativeSelection} pick.
 * WooCommerce has no product type: its categories are the "same kind". Variable products are
 * compared on their parent price and SKU. Prices are in the store currency, asked once.
 */
public class WooCommerceCatalogSource implements CatalogSource {

  static final int CANDIDATES = 20;

  private final StoreConfig store;
  private final WooCommerceGateway gateway;
  private volatile String currency;

  public WooCommerceCatalogSource(StoreConfig store, WooCommerceGateway gateway) {
    this.store = store;
    this.gateway = gateway;
  }

  @Override
  public List<CatalogItem> inStockAlternatives(String storeName, String sku, int max) {
    Optional<JsonObject> product =
        gateway.productsBySku(store, sku).stream()
            .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
            .map(JsonValue::asJsonObject)
            .findFirst();
    if (product.isEmpty() || array(product.get(), "categories").isEmpty()) {
      return List.of();
    }
    String category = text(array(product.get(), "categories").getJsonObject(0), "id");
    List<CatalogItem> candidates =
        gateway.productsInStock(store, category, CANDIDATES).stream()
            .map(v -> item(v.asJsonObject()))
            .toList();
    return AlternativeSelection.select(item(product.get()), candidates, max);
  }

  private CatalogItem item(JsonObject p) {
    String stock = text(p, "stock_quantity");
    String price = text(p, "price");
    return new CatalogItem(
        text(p, "sku"),
        text(p, "name"),
        null,
        array(p, "categories").stream().map(c -> text(c.asJsonObject(), "id")).toList(),
        price == null || price.isBlank() ? null : new Money(new BigDecimal(price), currency()),
        stock == null ? null : Integer.valueOf(stock),
        "instock".equals(text(p, "stock_status")),
        text(p, "permalink"));
  }

  private String currency() {
    if (currency == null) {
      currency = gateway.setting(store, "woocommerce_currency");
    }
    return currency == null ? "XXX" : currency; // ISO 4217 "no currency": prices still compare
  }
}
