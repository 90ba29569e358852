package dev.orderlens.order.domain.catalog;

import dev.orderlens.order.domain.Money;
import java.util.List;

/**
 * One sellable item (a variant, where the platform has them) in a store's catalogue.
 *
 * @param productType the platform's product type, or null where it has none (WooCommerce)
 * @param collections ids of the collections or categories the item belongs to
 * @param stock units in stock, or null when the shop does not count them
 * @param url the product page, or null
 */
public record CatalogItem(
    String sku,
    String name,
    String productType,
    List<String> collections,
    Money price,
    Integer stock,
    boolean inStock,
    String url) {

  public CatalogItem {
    collections = collections == null ? List.of() : List.copyOf(collections);
  }

  /** Same product type (ignoring case), or at least one shared collection. */
  public boolean sameKindAs(CatalogItem other) {
    boolean sameType =
        productType != null
            && !productType.isBlank()
            && productType.equalsIgnoreCase(other.productType);
    return sameType || collections.stream().anyMatch(other.collections::contains);
  }
}
