package dev.orderlens.order.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An order as the agent needs it, whatever shop it came from. Buyer (who paid, with the billing
 * address) and recipient (who it ships to) are kept apart, because for a gift they are different
 * people with different rights to know what was bought.
 *
 * @param promisedFrom first day of the delivery window promised at checkout, or null
 * @param promisedTo last day of that window (the promised date), or null
 * @param attributes free-form order attributes (notes, custom fields) as the platform gave them
 * @param cancelledAt when the order was cancelled, or null (not cancelled, or the platform does not
 *     say when)
 * @param storeTotal the total in the store's own (base) currency when the customer paid in another
 *     one, or null when it is the same as {@code total} or unknown: lifetime value adds these
 */
public record Order(
    String store,
    OrderNumber number,
    OrderStatus status,
    PaymentState paymentState,
    Instant placedAt,
    LocalDate promisedFrom,
    LocalDate promisedTo,
    Money total,
    List<OrderLine> lines,
    List<Fulfilment> fulfilments,
    Party buyer,
    Address billingAddress,
    ShippingRecipient recipient,
    boolean gift,
    String giftMessage,
    String note,
    Map<String, String> attributes,
    Instant cancelledAt,
    Money storeTotal) {

  public Order {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(placedAt, "placedAt");
    paymentState = paymentState == null ? PaymentState.UNKNOWN : paymentState;
    lines = lines == null ? List.of() : List.copyOf(lines);
    fulfilments = fulfilments == null ? List.of() : List.copyOf(fulfilments);
    buyer = buyer == null ? Party.UNKNOWN : buyer;
    recipient = recipient == null ? ShippingRecipient.UNKNOWN : recipient;
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /** The same order identity: store and number. */
  public boolean sameOrderAs(Order other) {
    return store.equals(other.store) && number.equals(other.number);
  }

  /** The total in the store's currency: {@code storeTotal} when known, else {@code total}. */
  public Money totalInStoreCurrency() {
    return storeTotal != null ? storeTotal : total;
  }

  /** True when the customer paid in a currency other than the store's. */
  public boolean paidInForeignCurrency() {
    return storeTotal != null && total != null && !storeTotal.currency().equals(total.currency());
  }

  public int itemCount() {
    return lines.stream().mapToInt(OrderLine::quantity).sum();
  }

  public List<String> trackingNumbers() {
    return fulfilments.stream()
        .map(Fulfilment::trackingNumber)
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }
}
