package dev.orderlens.order.domain.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Picks what an agent may offer instead of an out-of-stock item: other items of the same product
 * type or collection, in stock, closest in price to the original (an item priced in another
 * currency cannot be compared and comes last), never the same SKU. At most {@link #MAX} items, so
 * the agent's note stays readable.
 */
public final class AlternativeSelection {

  public static final int MAX = 3;

  private AlternativeSelection() {}

  public static List<CatalogItem> select(
      CatalogItem original, List<CatalogItem> candidates, int max) {
    return candidates.stream()
        .filter(CatalogItem::inStock)
        .filter(c -> c.stock() == null || c.stock() > 0)
        .filter(c -> c.sku() != null && !c.sku().equalsIgnoreCase(original.sku()))
        .filter(c -> c.sameKindAs(original))
        .distinct()
        .sorted(
            Comparator.comparing((CatalogItem c) -> priceDistance(original, c))
                .thenComparing(c -> c.name() == null ? "" : c.name()))
        .limit(Math.max(0, Math.min(max, MAX)))
        .toList();
  }

  private static BigDecimal priceDistance(CatalogItem original, CatalogItem candidate) {
    if (original.price() == null
        || candidate.price() == null
        || !original.price().currency().equals(candidate.price().currency())) {
      return BigDecimal.valueOf(Long.MAX_VALUE);
    }
    return original.price().amount().subtract(candidate.price().amount()).abs();
  }
}
