package dev.orderlens.customer.domain;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.PaymentState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sums up a customer's order history into a {@link CustomerProfile}. Lifetime spend counts money
 * the shop kept (paid or partly refunded orders, in the customer's main currency; currencies are
 * never mixed); cancelled orders do not count as orders; refunds and disputes are counted apart,
 * because they change how much goodwill makes sense.
 */
public final class CustomerValuation {

  private static final Set<PaymentState> KEPT =
      Set.of(PaymentState.PAID, PaymentState.PARTIALLY_REFUNDED);
  private static final Set<PaymentState> REFUNDED =
      Set.of(PaymentState.REFUNDED, PaymentState.PARTIALLY_REFUNDED);

  private final ValueTiers tiers;

  public CustomerValuation(ValueTiers tiers) {
    this.tiers = tiers;
  }

  public CustomerProfile assess(List<Order> orders) {
    List<Order> placed =
        orders.stream().filter(order -> order.status() != OrderStatus.CANCELLED).toList();
    String currency = mainCurrency(placed);
    BigDecimal spend =
        placed.stream()
            .filter(order -> KEPT.contains(order.paymentState()) && order.total() != null)
            .filter(order -> order.total().currency().equals(currency))
            .map(order -> order.total().amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    int refunds =
        (int)
            orders.stream()
                .filter(
                    o -> REFUNDED.contains(o.paymentState()) || o.status() == OrderStatus.REFUNDED)
                .count();
    int disputes =
        (int) orders.stream().filter(o -> o.paymentState() == PaymentState.DISPUTED).count();
    return new CustomerProfile(
        tiers.tierOf(spend, placed.size()), spend, currency, placed.size(), refunds, disputes);
  }

  /** The tag helpdesk rules key on, e.g. {@code ltv_vip}. */
  public static String tag(CustomerProfile profile) {
    return "ltv_" + profile.tier().toLowerCase(Locale.ROOT);
  }

  private static String mainCurrency(List<Order> orders) {
    Map<String, Long> counts =
        orders.stream()
            .filter(order -> order.total() != null)
            .map(order -> order.total().currency())
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
