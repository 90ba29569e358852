package dev.orderlens.order.domain.catalog;

import java.util.List;

/**
 * Port to a store's catalogue, for offering something in stock when an ordered item is not.
 * Adapters choose the candidates the platform can search cheaply (same product type, same category)
 * and let {@link AlternativeSelection} pick; they throw {@link CatalogUnavailableException} when
 * the platform cannot answer.
 */
public interface CatalogSource {

  /**
   * Up to {@code max} in-stock items like {@code sku}, closest in price first; empty when the store
   * is not this source's, the SKU is unknown, or nothing fits.
   */
  List<CatalogItem> inStockAlternatives(String store, String sku, int max);
}
