package dev.orderlens.order.domain.catalog;

import java.util.List;

/**
 * One store's catalogue among several: asked only about its own store, and every failure of the
 * platform reads as {@link CatalogUnavailableException}. Vendor adapters search and let their
 * failures through.
 */
public final class OneStoreCatalog implements CatalogSource {

  private final String store;
  private final CatalogSource platform;

  public OneStoreCatalog(String store, CatalogSource platform) {
    this.store = store;
    this.platform = platform;
  }

  @Override
  public List<CatalogItem> inStockAlternatives(String storeName, String sku, int max) {
    if (!store.equals(storeName)) {
      return List.of();
    }
    try {
      return platform.inStockAlternatives(storeName, sku, max);
    } catch (CatalogUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CatalogUnavailableException(store, e);
    }
  }
}
