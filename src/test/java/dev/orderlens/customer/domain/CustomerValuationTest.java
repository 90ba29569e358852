package dev.orderlens.customer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.PaymentState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerValuationTest {

  private final CustomerValuation valuation = new CustomerValuation(ValueTiers.DEFAULTS);

  @Test
  void lifetimeSpendCountsMoneyKeptInTheMainCurrency() {
    CustomerProfile profile =
        valuation.assess(
            List.of(
                order("1", OrderStatus.DELIVERED, PaymentState.PAID, "120.00", "EUR"),
                order("2", OrderStatus.DELIVERED, PaymentState.PARTIALLY_REFUNDED, "80.50", "EUR"),
                order("3", OrderStatus.REFUNDED, PaymentState.REFUNDED, "60.00", "EUR"),
                order("4", OrderStatus.DELIVERED, PaymentState.PAID, "99.00", "GBP")));

    assertEquals(new BigDecimal("200.50"), profile.lifetimeSpend());
    assertEquals("EUR", profile.currency());
  }

  @Test
  void cancelledOrdersAreNotCounted() {
    CustomerProfile profile =
        valuation.assess(
            List.of(
                order("1", OrderStatus.DELIVERED, PaymentState.PAID, "50.00", "EUR"),
                order("2", OrderStatus.CANCELLED, PaymentState.VOIDED, "70.00", "EUR")));

    assertEquals(1, profile.orderCount());
    assertEquals(new BigDecimal("50.00"), profile.lifetimeSpend());
  }

  @Test
  void refundsAndDisputesAreCountedApart() {
    CustomerProfile profile =
        valuation.assess(
            List.of(
                order("1", OrderStatus.DELIVERED, PaymentState.PARTIALLY_REFUNDED, "40.00", "EUR"),
                order("2", OrderStatus.REFUNDED, PaymentState.REFUNDED, "30.00", "EUR"),
                order("3", OrderStatus.DELIVERED, PaymentState.DISPUTED, "90.00", "EUR")));

    assertEquals(2, profile.refundCount());
    assertEquals(1, profile.disputeCount());
  }

  @Test
  void bigSpenderWithSeveralOrdersIsVip() {
    CustomerProfile profile =
        valuation.assess(
            List.of(
                order("1", OrderStatus.DELIVERED, PaymentState.PAID, "700.00", "EUR"),
                order("2", OrderStatus.DELIVERED, PaymentState.PAID, "250.00", "EUR"),
                order("3", OrderStatus.SHIPPED, PaymentState.PAID, "100.00", "EUR")));

    assertEquals("VIP", profile.tier());
    assertEquals("ltv_vip", CustomerValuation.tag(profile));
  }

  @Test
  void secondOrderMakesARegular() {
    CustomerProfile profile =
        valuation.assess(
            List.of(
                order("1", OrderStatus.DELIVERED, PaymentState.PAID, "20.00", "EUR"),
                order("2", OrderStatus.PROCESSING, PaymentState.PAID, "20.00", "EUR")));

    assertEquals("REGULAR", profile.tier());
  }

  @Test
  void customerWithoutOrdersIsNew() {
    CustomerProfile profile = valuation.assess(List.of());

    assertEquals("NEW", profile.tier());
    assertEquals(BigDecimal.ZERO, profile.lifetimeSpend());
    assertEquals(0, profile.orderCount());
  }

  private static Order order(
      String number, OrderStatus status, PaymentState payment, String total, String currency) {
    return new Order(
        "demo-shop",
        OrderNumber.of(number),
        status,
        payment,
        Instant.parse("2026-01-10T10:00:00Z"),
        null,
        null,
        Money.of(total, currency),
        List.of(),
        List.of(),
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        null);
  }
}
