package dev.orderlens.order.infrastructure.vendure;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;
import static dev.orderlens.platform.Jsons.JSON;

import dev.orderlens.order.domain.catalog.AlternativeSelection;
import dev.orderlens.order.domain.catalog.CatalogItem;
import dev.orderlens.order.domain.catalog.CatalogSource;
import dev.orderlens.order.infrastructure.StoreConfig;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * One Vendure shop's catalogue through the Admin API: the ordered variant by SKU, then the enabled
 * variants of its product's most specific collection (the last one listed), with their stock on
 * hand less allocated; {@link AlternativeSelection} picks. Needs the ReadCatalog permission.
 */
public class VendureCatalogSource implements CatalogSource {

  static final int CANDIDATES = 20;

  private static final String VARIANT =
      "sku name priceWithTax currencyCode stockOnHand stockAllocated enabled"
          + " product { collections { id } }";

  static final String QUERIES =
      "query Variant($sku: String!) { globalSettings { serverConfig { moneyStrategyPrecision } }"
          + " productVariants(options: {filter: {sku: {eq: $sku}}, take: 1}) { items { "
          + VARIANT
          + " } } }"
          + " query Collection($id: ID!) { globalSettings { serverConfig {"
          + " moneyStrategyPrecision } } collection(id: $id) { productVariants(options: {take: "
          + CANDIDATES
          + "}) { items { "
          + VARIANT
          + " } } } }";

  private final StoreConfig store;
  private final VendureGateway gateway;

  public VendureCatalogSource(StoreConfig store, VendureGateway gateway) {
    this.store = store;
    this.gateway = gateway;
  }

  @Override
  public List<CatalogItem> inStockAlternatives(String storeName, String sku, int max) {
    JsonObject found = object(ask("Variant", "sku", sku), "data");
    List<JsonValue> variants = array(object(found, "productVariants"), "items");
    if (variants.isEmpty()) {
      return List.of();
    }
    JsonObject original = variants.get(0).asJsonObject();
    List<JsonValue> collections = array(object(original, "product"), "collections");
    if (collections.isEmpty()) {
      return List.of();
    }
    String collection = text(collections.get(collections.size() - 1).asJsonObject(), "id");
    JsonObject data = object(ask("Collection", "id", collection), "data");
    int precision = VendureMoney.precision(data);
    List<CatalogItem> candidates = new ArrayList<>();
    for (JsonValue v : array(object(object(data, "collection"), "productVariants"), "items")) {
      JsonObject variant = v.asJsonObject();
      if ("true".equals(text(variant, "enabled"))) {
        candidates.add(item(variant, precision));
      }
    }
    return AlternativeSelection.select(
        item(original, VendureMoney.precision(found)), candidates, max);
  }

  private JsonObject ask(String operation, String variable, String value) {
    return gateway.query(
        store,
        JSON.createObjectBuilder()
            .add("query", QUERIES)
            .add("operationName", operation)
            .add("variables", JSON.createObjectBuilder().add(variable, value))
            .build());
  }

  private static CatalogItem item(JsonObject v, int precision) {
    String onHand = text(v, "stockOnHand");
    String allocated = text(v, "stockAllocated");
    Integer stock =
        onHand == null
            ? null
            : Integer.parseInt(onHand) - (allocated == null ? 0 : Integer.parseInt(allocated));
    return new CatalogItem(
        text(v, "sku"),
        text(v, "name"),
        null,
        array(object(v, "product"), "collections").stream()
            .map(c -> text(c.asJsonObject(), "id"))
            .toList(),
        VendureMoney.of(text(v, "priceWithTax"), text(v, "currencyCode"), precision),
        stock,
        stock != null && stock > 0,
        null);
  }
}
