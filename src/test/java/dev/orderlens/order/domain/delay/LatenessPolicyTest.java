package dev.orderlens.order.domain.delay;

import static dev.orderlens.order.domain.TestOrders.dropShipped;
import static dev.orderlens.order.domain.TestOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.TestOrders;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LatenessPolicyTest {
  private static final LocalDate PROMISED = LocalDate.parse("2026-11-20");
  private static final LocalDate AFTER_PROMISE = LocalDate.parse("2026-11-23");
  private static final LocalDate BEFORE_PROMISE = LocalDate.parse("2026-11-18");
  private static final Instant BEFORE_ORDER = TestOrders.PLACED.minusSeconds(86_400);
  private static final Instant AFTER_ORDER = TestOrders.PLACED.plusSeconds(86_400);

  static Stream<Arguments> causes() {
    return Stream.of(
        Arguments.of(
            "own stock not shipped after the promise",
            order().build(),
            AFTER_PROMISE,
            null,
            DelayCause.AWAITING_WAREHOUSE,
            "has not left our warehouse"),
        Arguments.of(
            "drop-shipped line not shipped after the promise",
            order().line(dropShipped("CUSHION", 12, AFTER_ORDER)).build(),
            AFTER_PROMISE,
            null,
            DelayCause.AWAITING_DROP_SHIP_SUPPLIER,
            "supplier, who has not sent it yet"),
        Arguments.of(
            "supplier reports no stock after the order, even before the promise",
            order().line(dropShipped("CUSHION", 0, AFTER_ORDER)).build(),
            BEFORE_PROMISE,
            null,
            DelayCause.SUPPLIER_OUT_OF_STOCK,
            "has run out of it"),
        Arguments.of(
            "stock figure older than the order and zero",
            order().line(dropShipped("CUSHION", 0, BEFORE_ORDER)).build(),
            BEFORE_PROMISE,
            null,
            DelayCause.STOCK_OUT_OF_SYNC,
            "already out of stock when you ordered it"),
        Arguments.of(
            "carrier expects delivery after the promise",
            order().status(OrderStatus.SHIPPED).shipped("1Z999").build(),
            BEFORE_PROMISE,
            CarrierView.eta(LocalDate.parse("2026-11-24")),
            DelayCause.CARRIER_DELAY,
            "expects to deliver it on 24 November 2026, after the promised 20 November 2026"),
        Arguments.of(
            "carrier reports an exception",
            order().status(OrderStatus.SHIPPED).shipped("1Z999").build(),
            BEFORE_PROMISE,
            new CarrierView(null, true, false),
            DelayCause.CARRIER_EXCEPTION,
            "reported a problem with your parcel (tracking 1Z999)"),
        Arguments.of(
            "carrier cannot deliver to the address",
            order().status(OrderStatus.SHIPPED).shipped("1Z999").build(),
            AFTER_PROMISE,
            new CarrierView(null, true, true),
            DelayCause.ADDRESS_PROBLEM,
            "confirm the full delivery address"),
        Arguments.of(
            "within the promise",
            order().build(),
            BEFORE_PROMISE,
            null,
            DelayCause.NOT_LATE,
            "is on schedule: it is due by 20 November 2026"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("causes")
  void findsOneRootCauseWithASentenceForTheAgent(
      String situation,
      Order order,
      LocalDate today,
      CarrierView carrier,
      DelayCause cause,
      String sentencePart) {
    DelayDiagnosis diagnosis = LatenessPolicy.diagnose(order, today, carrier);

    assertEquals(cause, diagnosis.cause(), situation);
    assertTrue(
        diagnosis.sentence().contains(sentencePart), situation + ": " + diagnosis.sentence());
    assertTrue(!diagnosis.evidence().isEmpty(), situation);
  }

  @Test
  void theLineStillWaitingDecidesWhoHoldsASplitOrder() {
    OrderLine chair = OrderLine.of("CHAIR-OAK", "Oak reading chair", 1, null);
    Order order =
        order()
            .status(OrderStatus.PARTIALLY_SHIPPED)
            .line(chair)
            .line(dropShipped("CUSHION", 8, AFTER_ORDER))
            .shipped("BRT0001", "CHAIR-OAK")
            .build();

    assertEquals(
        DelayCause.AWAITING_DROP_SHIP_SUPPLIER,
        LatenessPolicy.diagnose(order, AFTER_PROMISE, null).cause());
  }

  @Test
  void aShippedOrderPastItsPromiseWithoutCarrierEtaIsACarrierDelay() {
    Order order = order().status(OrderStatus.SHIPPED).shipped("1Z999").build();

    DelayDiagnosis diagnosis = LatenessPolicy.diagnose(order, AFTER_PROMISE, null);

    assertEquals(DelayCause.CARRIER_DELAY, diagnosis.cause());
    assertTrue(diagnosis.evidence().contains("Promised by 2026-11-20 (3 days ago)"));
  }

  @Test
  void aCancelledOrderIsNeverLate() {
    Order order = order().status(OrderStatus.CANCELLED).build();

    assertEquals(
        DelayCause.NOT_LATE,
        LatenessPolicy.diagnose(order, AFTER_PROMISE, new CarrierView(null, true, true)).cause());
  }

  @Test
  void withoutAPromisedDateAnUnshippedOrderIsNotCalledLate() {
    Order order = order().promisedTo(null).build();

    assertEquals(DelayCause.NOT_LATE, LatenessPolicy.diagnose(order, AFTER_PROMISE, null).cause());
  }

  @Test
  void everyLateCauseHasAHelpdeskTag() {
    assertEquals("late_stock_out_of_sync", DelayCause.STOCK_OUT_OF_SYNC.tag());
    assertEquals(null, DelayCause.NOT_LATE.tag());
  }

  @Test
  void theDayOfThePromiseIsStillOnTime() {
    assertEquals(DelayCause.NOT_LATE, LatenessPolicy.diagnose(order().build(), PROMISED).cause());
  }
}
