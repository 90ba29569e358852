package dev.orderlens.order.domain.cancel;

import static dev.orderlens.order.domain.TestOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.order.domain.FulfilmentSource;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.ShopPlatform;
import dev.orderlens.order.domain.TestOrders;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CancellationPolicyTest {

  static Stream<Arguments> blockers() {
    OrderLine passedToSupplier =
        new OrderLine(
            "CUSHION",
            "Linen cushion",
            1,
            Money.of("24.95", "EUR"),
            FulfilmentSource.DROP_SHIP,
            "Tessitura Lario",
            null,
            null,
            TestOrders.PLACED.plusSeconds(600));
    return Stream.of(
        Arguments.of(order().build(), CancelBlocker.NONE),
        Arguments.of(order().status(OrderStatus.PENDING_PAYMENT).build(), CancelBlocker.NONE),
        Arguments.of(order().status(OrderStatus.ON_HOLD).build(), CancelBlocker.NONE),
        Arguments.of(
            order().line(TestOrders.dropShipped("CUSHION", 5, null)).build(), CancelBlocker.NONE),
        Arguments.of(
            order().status(OrderStatus.CANCELLED).build(), CancelBlocker.ALREADY_CANCELLED),
        Arguments.of(order().status(OrderStatus.REFUNDED).build(), CancelBlocker.ALREADY_REFUNDED),
        Arguments.of(
            order().status(OrderStatus.DELIVERED).build(), CancelBlocker.ALREADY_DELIVERED),
        Arguments.of(
            order().status(OrderStatus.SHIPPED).shipped("1Z").build(),
            CancelBlocker.ALREADY_SHIPPED),
        Arguments.of(
            order().status(OrderStatus.PARTIALLY_SHIPPED).shipped("1Z", "CHAIR-OAK").build(),
            CancelBlocker.PARTIALLY_SHIPPED),
        Arguments.of(order().shipped("1Z", "CHAIR-OAK").build(), CancelBlocker.PARTIALLY_SHIPPED),
        Arguments.of(
            order().line(passedToSupplier).build(), CancelBlocker.SUPPLIER_ALREADY_ORDERED));
  }

  @ParameterizedTest
  @MethodSource("blockers")
  void onlyAnOrderNothingOfWhichHasLeftCanBeCancelled(Order order, CancelBlocker blocker) {
    CancelVerdict verdict = CancellationPolicy.decide(order, ShopPlatform.SHOPIFY);

    assertEquals(blocker, verdict.blocker());
    assertEquals(blocker == CancelBlocker.NONE, verdict.cancellable());
    assertFalse(verdict.reason().isBlank());
  }

  @Test
  void aBlockedCancellationNamesTheSupplierToAsk() {
    Order order =
        order()
            .line(
                new OrderLine(
                    "CUSHION",
                    "Linen cushion",
                    1,
                    null,
                    FulfilmentSource.DROP_SHIP,
                    "Tessitura Lario",
                    null,
                    null,
                    TestOrders.PLACED))
            .build();

    CancelVerdict verdict = CancellationPolicy.decide(order, ShopPlatform.WOOCOMMERCE);

    assertTrue(verdict.reason().contains("Tessitura Lario"));
    assertNull(verdict.howTo());
  }

  @ParameterizedTest
  @EnumSource(ShopPlatform.class)
  void everyPlatformHasItsOwnCancelPath(ShopPlatform platform) {
    CancelVerdict verdict = CancellationPolicy.decide(order().build(), platform);

    assertTrue(verdict.cancellable());
    assertFalse(verdict.howTo().isBlank());
  }

  @Test
  void cancelPathsUseThePlatformsOwnWords() {
    assertTrue(CancellationPolicy.howTo(ShopPlatform.SHOPIFY).contains("Cancel order"));
    assertTrue(CancellationPolicy.howTo(ShopPlatform.WOOCOMMERCE).contains("Cancelled"));
    assertTrue(CancellationPolicy.howTo(ShopPlatform.MAGENTO).contains("Sales › Orders"));
    assertTrue(CancellationPolicy.howTo(ShopPlatform.IMPORTED).contains("ask the shop"));
  }

  @Test
  void anUnknownStoreTypeIsTreatedAsImported() {
    assertEquals(ShopPlatform.IMPORTED, ShopPlatform.fromType("prestashop"));
    assertEquals(ShopPlatform.WOOCOMMERCE, ShopPlatform.fromType(" WooCommerce "));
  }
}
