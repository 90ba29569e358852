package dev.orderlens.order.infrastructure.magento;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.catalog.AlternativeSelection;
import dev.orderlens.order.domain.catalog.CatalogItem;
import dev.orderlens.order.domain.catalog.CatalogSource;
import dev.orderlens.order.infrastructure.StoreConfig;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Magento 2 store's catalogue: finds the ordered product by SKU ({@code GET
 * /rest/V1/products}), then the enabled products of its first category, asks each candidate's stock
 * item ({@code GET /rest/V1/stockItems/{sku}}) and lets {@link AlternativeSelection} pick. The
 * attribute set stands for the product type; prices are in the store's base currency.
 */
public class MagentoCatalogSource implements CatalogSource {

  static final int CANDIDATES = 10;

  private final StoreConfig store;
  private final MagentoGateway gateway;
  private volatile String currency;

  public MagentoCatalogSource(StoreConfig store, MagentoGateway gateway) {
    this.store = store;
    this.gateway = gateway;
  }

  @Override
  public List<CatalogItem> inStockAlternatives(String storeName, String sku, int max) {
    Optional<JsonObject> product =
        gateway.products(store, "sku", sku, "eq", 1).stream()
            .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
            .map(JsonValue::asJsonObject)
            .findFirst();
    List<String> categories = product.map(MagentoCatalogSource::categories).orElse(List.of());
    if (categories.isEmpty()) {
      return List.of();
    }
    List<CatalogItem> candidates = new ArrayList<>();
    for (JsonValue v :
        gateway.products(store, "category_id", categories.get(0), "eq", CANDIDATES)) {
      JsonObject candidate = v.asJsonObject();
      if (!"1".equals(text(candidate, "status")) || sku.equals(text(candidate, "sku"))) {
        continue;
      }
      candidates.add(item(candidate, gateway.stockItem(store, text(candidate, "sku"))));
    }
    return AlternativeSelection.select(item(product.get(), Optional.empty()), candidates, max);
  }

  private static List<String> categories(JsonObject product) {
    return array(object(product, "extension_attributes"), "category_links").stream()
        .map(link -> text(link.asJsonObject(), "category_id"))
        .filter(id -> id != null)
        .toList();
  }

  private CatalogItem item(JsonObject p, Optional<JsonObject> stock) {
    String price = text(p, "price");
    String qty = stock.map(s -> text(s, "qty")).orElse(null);
    return new CatalogItem(
        text(p, "sku"),
        text(p, "name"),
        text(p, "attribute_set_id"),
        categories(p),
        price == null ? null : new Money(new BigDecimal(price), currency()),
        qty == null ? null : (int) Double.parseDouble(qty),
        stock.map(s -> "true".equals(text(s, "is_in_stock"))).orElse(false),
        null);
  }

  private String currency() {
    if (currency == null) {
      currency = gateway.baseCurrency(store);
    }
    return currency == null ? "XXX" : currency;
  }
}
