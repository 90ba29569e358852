package dev.orderlens.order.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.TestOrders;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AlternativeSelectionTest {
  private static final CatalogItem CHAIR = item("CHAIR-OAK", "Chairs", "100.00", true, 0);

  private static CatalogItem item(
      String sku, String type, String price, boolean inStock, Integer stock) {
    return new CatalogItem(
        sku, sku, type, List.of("c-living"), Money.of(price, "EUR"), stock, inStock, null);
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("in stock, same type", item("CHAIR-ASH", "Chairs", "90.00", true, 4), true),
        Arguments.of("out of stock", item("CHAIR-ASH", "Chairs", "90.00", false, 0), false),
        Arguments.of(
            "in stock flag but zero units", item("CHAIR-ASH", "Chairs", "90", true, 0), false),
        Arguments.of("stock not counted", item("CHAIR-ASH", "Chairs", "90.00", true, null), true),
        Arguments.of("the same SKU", item("chair-oak", "Chairs", "100.00", true, 9), false),
        Arguments.of(
            "another type, no shared collection",
            new CatalogItem("LAMP", "Lamp", "Lamps", List.of("c-light"), null, 3, true, null),
            false),
        Arguments.of(
            "another type, shared collection",
            new CatalogItem("STOOL", "Stool", "Stools", List.of("c-living"), null, 3, true, null),
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void offersOnlyInStockItemsOfTheSameKindAndNeverTheSameSku(
      String situation, CatalogItem candidate, boolean offered) {
    assertEquals(
        offered,
        AlternativeSelection.select(CHAIR, List.of(candidate), 3).contains(candidate),
        situation);
  }

  @Test
  void closestPriceComesFirstAndAtMostThreeAreOffered() {
    List<CatalogItem> candidates =
        List.of(
            item("A", "Chairs", "160.00", true, 1),
            item("B", "Chairs", "95.00", true, 1),
            item("C", "Chairs", "120.00", true, 1),
            item("D", "Chairs", "70.00", true, 1),
            new CatalogItem(
                "E", "E", "Chairs", List.of(), Money.of("100.00", "USD"), 1, true, null));

    List<CatalogItem> picked = AlternativeSelection.select(CHAIR, candidates, 10);

    assertEquals(List.of("B", "C", "D"), picked.stream().map(CatalogItem::sku).toList());
  }

  @Test
  void onlyLinesOutOfStockAtTheirSourceGetAlternatives() {
    OrderLine cushion = TestOrders.dropShipped("CUSHION", 0, null);
    OrderLine throwLine = TestOrders.dropShipped("THROW", 3, null);
    Order order = TestOrders.order().line(cushion).line(throwLine).build();
    CatalogItem other = item("CUSHION-2", "Cushions", "20.00", true, 5);
    CatalogSource catalog = (store, sku, max) -> List.of(other);

    Map<OrderLine, List<CatalogItem>> found = OutOfStockAlternatives.forOrder(order, catalog);

    assertEquals(Map.of(cushion, List.of(other)), found);
  }

  @Test
  void aCatalogueThatCannotAnswerLeavesNoAlternatives() {
    Order order = TestOrders.order().line(TestOrders.dropShipped("CUSHION", 0, null)).build();
    CatalogSource down =
        (store, sku, max) -> {
          throw new CatalogUnavailableException(store, new RuntimeException("503"));
        };

    assertTrue(OutOfStockAlternatives.forOrder(order, down).isEmpty());
  }
}
