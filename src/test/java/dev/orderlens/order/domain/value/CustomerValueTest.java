package dev.orderlens.order.domain.value;

import static dev.orderlens.order.domain.TestOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.PaymentState;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerValueTest {

  @ParameterizedTest(name = "{0} spent over {1} orders is {2}")
  @CsvSource({
    "0, 0, NEW",
    "80, 1, NEW",
    "80, 2, REGULAR",
    "299.99, 4, REGULAR",
    "300, 1, LOYAL",
    "120, 5, LOYAL",
    "999.99, 9, LOYAL",
    "1000, 1, VIP",
  })
  void defaultTiersFollowSpendAndOrderCount(String spend, int orders, ValueTier tier) {
    assertEquals(tier, ValueTiers.DEFAULTS.tierOf(new BigDecimal(spend), orders));
  }

  @Test
  void tiersAreConfigurable() {
    ValueTiers strict =
        new ValueTiers(3, new BigDecimal("500"), 10, new BigDecimal("5000"), ValueTier.LOYAL);

    assertEquals(ValueTier.NEW, strict.tierOf(new BigDecimal("400"), 2));
    assertEquals(ValueTier.REGULAR, strict.tierOf(new BigDecimal("400"), 3));
    assertEquals(ValueTier.LOYAL, strict.tierOf(new BigDecimal("1000"), 1));
    assertEquals(true, strict.raisesPriority(ValueTier.LOYAL));
  }

  @Test
  void thresholdsThatShrinkAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ValueTiers(2, new BigDecimal("1000"), 5, new BigDecimal("300"), ValueTier.VIP));
  }

  @Test
  void spendCountsPaidOrdersInTheStoreCurrencyOnly() {
    List<Order> orders =
        List.of(
            order().number("1").total(Money.of("600.00", "EUR")).build(),
            order()
                .number("2")
                .total(Money.of("430.00", "USD"))
                .storeTotal(Money.of("400.00", "EUR"))
                .build(),
            order().number("3").status(OrderStatus.CANCELLED).total(Money.of("900", "EUR")).build(),
            order()
                .number("4")
                .status(OrderStatus.REFUNDED)
                .payment(PaymentState.REFUNDED)
                .total(Money.of("50.00", "EUR"))
                .build(),
            order()
                .number("5")
                .payment(PaymentState.DISPUTED)
                .total(Money.of("20.00", "EUR"))
                .build());

    CustomerValue value = CustomerValue.of(orders, ValueTiers.DEFAULTS);

    assertEquals(Money.of("1020.00", "EUR"), value.lifetimeSpend());
    assertEquals(4, value.orderCount());
    assertEquals(1, value.refundCount());
    assertEquals(1, value.disputeCount());
    assertEquals(ValueTier.VIP, value.tier());
    assertEquals("ltv_vip", value.tag());
  }

  @Test
  void thePlatformsOwnTotalsGiveTheTierToo() {
    CustomerValue value =
        CustomerValue.fromTotals(Money.of("612.40", "EUR"), 4, 0, 0, ValueTiers.DEFAULTS);

    assertEquals(ValueTier.LOYAL, value.tier());
  }

  @Test
  void aCustomerWithoutPurchasesIsNewWithNoSpend() {
    CustomerValue value =
        CustomerValue.of(
            List.of(
                order().status(OrderStatus.PENDING_PAYMENT).payment(PaymentState.PENDING).build()),
            ValueTiers.DEFAULTS);

    assertNull(value.lifetimeSpend());
    assertEquals(ValueTier.NEW, value.tier());
    assertEquals("ltv_new", value.tag());
  }
}
