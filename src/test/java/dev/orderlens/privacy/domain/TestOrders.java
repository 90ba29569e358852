package dev.orderlens.privacy.domain;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.Party;
import dev.orderlens.order.domain.PaymentState;
import dev.orderlens.order.domain.ShippingRecipient;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Realistic orders for the privacy tests: a buyer in Munich sending to someone in Milan. */
final class TestOrders {

  static final Party BUYER =
      new Party("Anna Schmidt", "anna.schmidt@example.de", "+49 171 1234567");
  static final Party RECIPIENT =
      new Party("Marco Rossi", "marco.rossi@example.it", "+39 333 1234567");
  static final Address BILLING =
      new Address("Leopoldstraße 12", null, "München", "80802", null, "DE");
  static final Address HOME = new Address("Via Torino 5", "int. 3", "Milano", "20123", "MI", "IT");

  private TestOrders() {}

  static Order order(
      boolean giftFlag, String giftMessage, String note, Map<String, String> attributes) {
    return order(BUYER, RECIPIENT, HOME, giftFlag, giftMessage, note, attributes, List.of(lamp()));
  }

  static Order plain(Party buyer, Party recipient, Address shipping) {
    return order(buyer, recipient, shipping, false, null, null, Map.of(), List.of(lamp()));
  }

  static Order withLines(List<OrderLine> lines) {
    return order(BUYER, BUYER, BILLING, false, null, null, Map.of(), lines);
  }

  static OrderLine lamp() {
    return OrderLine.of("LAMP-01", "Brass desk lamp", 1, Money.of("89.00", "EUR"));
  }

  static Order order(
      Party buyer,
      Party recipient,
      Address shipping,
      boolean giftFlag,
      String giftMessage,
      String note,
      Map<String, String> attributes,
      List<OrderLine> lines) {
    return new Order(
        "demo-shop",
        OrderNumber.of("1001"),
        OrderStatus.SHIPPED,
        PaymentState.PAID,
        Instant.parse("2026-11-20T10:00:00Z"),
        null,
        null,
        Money.of("94.90", "EUR"),
        lines,
        List.of(
            Fulfilment.of(
                "DHL", "00340434161234567890", null, Instant.parse("2026-11-21T08:00:00Z"))),
        buyer,
        BILLING,
        new ShippingRecipient(recipient, shipping),
        giftFlag,
        giftMessage,
        note,
        attributes,
        null,
        null);
  }
}
