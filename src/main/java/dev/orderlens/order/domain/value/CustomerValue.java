package dev.orderlens.order.domain.value;

import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.PaymentState;
import java.math.BigDecimal;
import java.util.List;

/**
 * A customer's value to one store, from their orders there. Cancelled and unpaid orders are not
 * purchases; fully refunded ones count as orders and refunds but add no spend; a partly refunded
 * order adds its whole total, since the order does not say how much went back. Spend is summed in
 * the store's currency (the first purchase's); an order whose store total is in another currency is
 * counted but not added.
 *
 * @param lifetimeSpend null when there is no purchase
 */
public record CustomerValue(
    Money lifetimeSpend, int orderCount, int refundCount, int disputeCount, ValueTier tier) {

  public static CustomerValue of(List<Order> orders, ValueTiers tiers) {
    List<Order> purchases = orders.stream().filter(CustomerValue::isPurchase).toList();
    String currency =
        purchases.stream()
            .map(Order::totalInStoreCurrency)
            .filter(m -> m != null)
            .map(Money::currency)
            .findFirst()
            .orElse(null);
    BigDecimal spend = BigDecimal.ZERO;
    int refunds = 0;
    for (Order order : purchases) {
      Money total = order.totalInStoreCurrency();
      if (isRefunded(order) || order.paymentState() == PaymentState.PARTIALLY_REFUNDED) {
        refunds++;
      }
      if (!isRefunded(order) && total != null && total.currency().equals(currency)) {
        spend = spend.add(total.amount());
      }
    }
    int disputes =
        (int) orders.stream().filter(o -> o.paymentState() == PaymentState.DISPUTED).count();
    return new CustomerValue(
        currency == null ? null : new Money(spend, currency),
        purchases.size(),
        refunds,
        disputes,
        tiers.tierOf(spend, purchases.size()));
  }

  /**
   * From totals the platform keeps itself (Shopify's {@code customer.amountSpent} and {@code
   * numberOfOrders}), which beat a sum over the few orders a search returns.
   */
  public static CustomerValue fromTotals(
      Money lifetimeSpend, int orderCount, int refundCount, int disputeCount, ValueTiers tiers) {
    BigDecimal spend = lifetimeSpend == null ? BigDecimal.ZERO : lifetimeSpend.amount();
    return new CustomerValue(
        lifetimeSpend, orderCount, refundCount, disputeCount, tiers.tierOf(spend, orderCount));
  }

  public String tag() {
    return tier.tag();
  }

  private static boolean isPurchase(Order order) {
    return order.status() != OrderStatus.CANCELLED
        && order.status() != OrderStatus.PENDING_PAYMENT
        && order.paymentState() != PaymentState.PENDING
        && order.paymentState() != PaymentState.VOIDED;
  }

  private static boolean isRefunded(Order order) {
    return order.status() == OrderStatus.REFUNDED || order.paymentState() == PaymentState.REFUNDED;
  }
}
