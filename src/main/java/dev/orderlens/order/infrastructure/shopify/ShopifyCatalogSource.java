package dev.orderlens.order.infrastructure.shopify;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;
import static dev.orderlens.platform.Jsons.JSON;

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
 * One Shopify store's catalogue: finds the ordered variant by SKU, then the active products of the
 * same product type, and lets {@link AlternativeSelection} pick among their variants. A product
 * without a type gets no alternatives (Shopify cannot search "the same kind" without one). Needs
 * the {@code read_products} and {@code read_inventory} scopes.
 */
public class ShopifyCatalogSource implements CatalogSource {

  static final String VARIANT_QUERY =
      """
      query Variant($query: String!) {
        shop { currencyCode }
        productVariants(first: 1, query: $query) {
          nodes {
            sku price inventoryQuantity availableForSale
            product { title productType onlineStoreUrl collections(first: 10) { nodes { id } } }
          }
        }
      }
      """;

  static final String PRODUCTS_QUERY =
      """
      query SameType($query: String!) {
        shop { currencyCode }
        products(first: 25, query: $query) {
          nodes {
            title productType onlineStoreUrl
            collections(first: 10) { nodes { id } }
            variants(first: 10) { nodes { sku title price inventoryQuantity availableForSale } }
          }
        }
      }
      """;

  private final StoreConfig store;
  private final ShopifyGateway gateway;

  public ShopifyCatalogSource(StoreConfig store, ShopifyGateway gateway) {
    this.store = store;
    this.gateway = gateway;
  }

  @Override
  public List<CatalogItem> inStockAlternatives(String storeName, String sku, int max) {
    Optional<CatalogItem> original = original(sku);
    if (original.isEmpty() || blank(original.get().productType())) {
      return List.of();
    }
    String type = original.get().productType().replace("\"", "");
    JsonObject data =
        object(ask(PRODUCTS_QUERY, "product_type:\"" + type + "\" AND status:active"), "data");
    List<CatalogItem> candidates = new ArrayList<>();
    for (JsonValue p : array(object(data, "products"), "nodes")) {
      JsonObject product = p.asJsonObject();
      for (JsonValue v : array(object(product, "variants"), "nodes")) {
        candidates.add(item(v.asJsonObject(), product, currency(data)));
      }
    }
    return AlternativeSelection.select(original.get(), candidates, max);
  }

  private Optional<CatalogItem> original(String sku) {
    JsonObject data = object(ask(VARIANT_QUERY, "sku:\"" + sku.replace("\"", "") + "\""), "data");
    return array(object(data, "productVariants"), "nodes").stream()
        .map(JsonValue::asJsonObject)
        .findFirst()
        .map(v -> item(v, object(v, "product"), currency(data)));
  }

  private JsonObject ask(String query, String search) {
    return gateway.query(
        store,
        JSON.createObjectBuilder()
            .add("query", query)
            .add("variables", JSON.createObjectBuilder().add("query", search))
            .build());
  }

  private static CatalogItem item(JsonObject variant, JsonObject product, String currency) {
    String stock = text(variant, "inventoryQuantity");
    String variantTitle = text(variant, "title");
    String name =
        variantTitle == null || variantTitle.equals("Default Title")
            ? text(product, "title")
            : text(product, "title") + " - " + variantTitle;
    return new CatalogItem(
        text(variant, "sku"),
        name,
        text(product, "productType"),
        array(object(product, "collections"), "nodes").stream()
            .map(c -> text(c.asJsonObject(), "id"))
            .toList(),
        text(variant, "price") == null || currency == null
            ? null
            : new Money(new BigDecimal(text(variant, "price")), currency),
        stock == null ? null : Integer.valueOf(stock),
        "true".equals(text(variant, "availableForSale")),
        text(product, "onlineStoreUrl"));
  }

  private static String currency(JsonObject data) {
    return text(object(data, "shop"), "currencyCode");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
