package dev.orderlens.order.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds orders for policy tests: a paid, unshipped order of one chair unless told otherwise. */
public final class TestOrders {
  public static final Instant PLACED = Instant.parse("2026-11-16T10:00:00Z");

  private String store = "eu";
  private String number = "1001";
  private OrderStatus status = OrderStatus.PROCESSING;
  private PaymentState payment = PaymentState.PAID;
  private Instant placedAt = PLACED;
  private LocalDate promisedTo = LocalDate.parse("2026-11-20");
  private Money total = Money.of("119.90", "EUR");
  private Money storeTotal;
  private final List<OrderLine> lines = new ArrayList<>();
  private final List<Fulfilment> fulfilments = new ArrayList<>();

  public static TestOrders order() {
    return new TestOrders();
  }

  public TestOrders store(String value) {
    store = value;
    return this;
  }

  public TestOrders number(String value) {
    number = value;
    return this;
  }

  public TestOrders status(OrderStatus value) {
    status = value;
    return this;
  }

  public TestOrders payment(PaymentState value) {
    payment = value;
    return this;
  }

  public TestOrders placedAt(Instant value) {
    placedAt = value;
    return this;
  }

  public TestOrders promisedTo(LocalDate value) {
    promisedTo = value;
    return this;
  }

  public TestOrders total(Money value) {
    total = value;
    return this;
  }

  public TestOrders storeTotal(Money value) {
    storeTotal = value;
    return this;
  }

  public TestOrders line(OrderLine value) {
    lines.add(value);
    return this;
  }

  public TestOrders shipped(String trackingNumber, String... skus) {
    fulfilments.add(new Fulfilment("DHL", trackingNumber, null, PLACED, List.of(skus)));
    return this;
  }

  public Order build() {
    List<OrderLine> orderLines =
        lines.isEmpty()
            ? List.of(OrderLine.of("CHAIR-OAK", "Oak reading chair", 1, Money.of("119.90", "EUR")))
            : lines;
    return new Order(
        store,
        OrderNumber.of(number),
        status,
        payment,
        placedAt,
        null,
        promisedTo,
        total,
        orderLines,
        fulfilments,
        new Party("Anna Rossi", "anna.rossi@example.com", null),
        null,
        null,
        false,
        null,
        null,
        Map.of(),
        status == OrderStatus.CANCELLED ? placedAt.plusSeconds(3600) : null,
        storeTotal);
  }

  /** A drop-shipped line with the supplier's stock as last checked. */
  public static OrderLine dropShipped(String sku, Integer stock, Instant checkedAt) {
    return new OrderLine(
        sku,
        "Linen cushion",
        1,
        Money.of("24.95", "EUR"),
        FulfilmentSource.DROP_SHIP,
        "Tessitura Lario",
        stock,
        checkedAt,
        null);
  }
}
