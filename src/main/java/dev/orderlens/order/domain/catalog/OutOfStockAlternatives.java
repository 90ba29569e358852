package dev.orderlens.order.domain.catalog;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For each line of an order whose source reports no stock, the alternatives its store's catalogue
 * has in stock. A catalogue that stops answering ends the search with what was found so far:
 * alternatives are a courtesy, not the answer.
 */
public final class OutOfStockAlternatives {

  private OutOfStockAlternatives() {}

  public static Map<OrderLine, List<CatalogItem>> forOrder(Order order, CatalogSource catalog) {
    Map<OrderLine, List<CatalogItem>> found = new LinkedHashMap<>();
    for (OrderLine line : order.lines()) {
      if (!line.outOfStockAtSource() || line.sku() == null) {
        continue;
      }
      try {
        List<CatalogItem> items =
            catalog.inStockAlternatives(order.store(), line.sku(), AlternativeSelection.MAX);
        if (!items.isEmpty()) {
          found.put(line, items);
        }
      } catch (CatalogUnavailableException e) {
        break;
      }
    }
    return found;
  }
}
