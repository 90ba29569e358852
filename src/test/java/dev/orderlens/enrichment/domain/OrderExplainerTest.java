package dev.orderlens.enrichment.domain;

import static dev.orderlens.order.domain.TestOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.ShopPlatform;
import dev.orderlens.order.domain.catalog.CatalogItem;
import dev.orderlens.order.domain.delay.CarrierView;
import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.story.ShipmentStory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test orders are promised by 2026-11-20. */
class OrderExplainerTest {

  private static final String PARCEL = "1Z999AA10123456784";

  /** Today as the enrichment computes it: the UTC day of a fixed clock. */
  private static LocalDate today(String instant) {
    return LocalDate.now(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  private static LocalDate beforeThePromise() {
    return today("2026-11-18T09:00:00Z");
  }

  private static LocalDate afterThePromise() {
    return today("2026-11-23T09:00:00Z");
  }

  private static ShipmentStory story(
      String trackingNumber, TrackingStatus status, LocalDate eta, Blame blame) {
    return new ShipmentStory(
        new Shipment(trackingNumber, "UPS", List.of(), status, null, null, eta, null, null, null),
        List.of(),
        null,
        null,
        blame);
  }

  private static CatalogItem item(String sku, String name, Money price) {
    return new CatalogItem(sku, name, "Chair", List.of("chairs"), price, 4, true, null);
  }

  @Test
  void aLateUnshippedOrderIsExplainedByItsOneRootCauseAndTagged() {
    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            order().build(), afterThePromise(), List.of(), ShopPlatform.SHOPIFY, Map.of(), true);

    assertEquals(
        "Why late: Your order #1001 has not left our warehouse yet; it was due by 20 November"
            + " 2026.",
        explanation.lines().get(0));
    assertTrue(
        explanation.tags().contains("late_awaiting_warehouse"), explanation.tags().toString());
  }

  @Test
  void anOrderWithinItsPromiseGetsNoLatenessLineNorTag() {
    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            order().build(), beforeThePromise(), List.of(), ShopPlatform.SHOPIFY, Map.of(), false);

    assertEquals(List.of(), explanation.lines());
    assertEquals(List.of(), explanation.tags());
  }

  @Test
  void theBuyerIsToldAnUnshippedOrderCanBeCancelledAndWhereOnThePlatform() {
    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            order().build(),
            beforeThePromise(),
            List.of(),
            ShopPlatform.WOOCOMMERCE,
            Map.of(),
            true);

    assertEquals(1, explanation.lines().size(), explanation.lines().toString());
    assertTrue(
        explanation
            .lines()
            .get(0)
            .startsWith("Can be cancelled now: Nothing has shipped yet. In WordPress admin:"),
        explanation.lines().get(0));
    assertEquals(List.of("cancellable"), explanation.tags());
  }

  @Test
  void aShippedOrderCannotBeCancelledAndTheAgentIsToldWhatToOfferInstead() {
    Order shipped = order().status(OrderStatus.SHIPPED).shipped(PARCEL).build();

    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            shipped, beforeThePromise(), List.of(), ShopPlatform.SHOPIFY, Map.of(), true);

    assertEquals(
        List.of(
            "Cannot be cancelled now: The order has shipped; it can be refused on delivery or"
                + " returned."),
        explanation.lines());
    assertEquals(List.of("not_cancellable"), explanation.tags());
  }

  @Test
  void aCancelledOrderIsNeitherLateNorCancellableAgain() {
    Order cancelled = order().status(OrderStatus.CANCELLED).build();

    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            cancelled, afterThePromise(), List.of(), ShopPlatform.MAGENTO, Map.of(), true);

    assertEquals(
        List.of("Cannot be cancelled now: The order is already cancelled."), explanation.lines());
    assertEquals(List.of("not_cancellable"), explanation.tags());
  }

  @Test
  void theBuyerIsOfferedWhatIsInStockInsteadOfAMissingItem() {
    OrderLine chair = OrderLine.of("CHAIR-OAK", "Oak reading chair", 1, Money.of("119.90", "EUR"));
    Order order = order().line(chair).build();
    Map<OrderLine, List<CatalogItem>> alternatives =
        Map.of(
            chair,
            List.of(
                item("CHAIR-WAL", "Walnut reading chair", Money.of("139.00", "EUR")),
                item("CHAIR-BCH", "Beech reading chair", Money.of("109.00", "EUR"))));

    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            order, beforeThePromise(), List.of(), ShopPlatform.SHOPIFY, alternatives, true);

    assertEquals(
        "In stock instead of Oak reading chair: Walnut reading chair (SKU CHAIR-WAL), 139.00 EUR;"
            + " Beech reading chair (SKU CHAIR-BCH), 109.00 EUR.",
        explanation.lines().get(explanation.lines().size() - 1));
  }

  @Test
  void anUnnamedLineIsReferredToByItsSkuAndAnAlternativeWithoutSkuOrPriceByItsName() {
    OrderLine lamp = OrderLine.of("LAMP-01", null, 1, null);
    Order order = order().line(lamp).build();
    Map<OrderLine, List<CatalogItem>> alternatives =
        Map.of(lamp, List.of(item(null, "Brass desk lamp", null)));

    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            order, beforeThePromise(), List.of(), ShopPlatform.VENDURE, alternatives, true);

    assertTrue(
        explanation.lines().contains("In stock instead of LAMP-01: Brass desk lamp."),
        explanation.lines().toString());
  }

  @Test
  void someoneOtherThanTheBuyerHearsWhyItIsLateButNothingAboutCancellingOrAlternatives() {
    OrderLine chair = OrderLine.of("CHAIR-OAK", "Oak reading chair", 1, Money.of("119.90", "EUR"));
    Order order = order().line(chair).build();
    Map<OrderLine, List<CatalogItem>> alternatives =
        Map.of(
            chair, List.of(item("CHAIR-WAL", "Walnut reading chair", Money.of("139.00", "EUR"))));

    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            order, afterThePromise(), List.of(), ShopPlatform.SHOPIFY, alternatives, false);

    assertEquals(1, explanation.lines().size(), explanation.lines().toString());
    assertTrue(explanation.lines().get(0).startsWith("Why late: "), explanation.lines().get(0));
    assertEquals(List.of("late_awaiting_warehouse"), explanation.tags());
    assertFalse(explanation.lines().toString().contains("Walnut"));
    assertFalse(explanation.lines().toString().contains("139.00"));
  }

  @Test
  void aCarrierEtaAfterThePromiseMakesAShippedOrderLateBeforeThePromisedDay() {
    Order shipped = order().status(OrderStatus.SHIPPED).shipped(PARCEL).build();
    List<ShipmentStory> stories =
        List.of(
            story(PARCEL, TrackingStatus.IN_TRANSIT, LocalDate.parse("2026-11-24"), Blame.UNKNOWN));

    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            shipped, beforeThePromise(), stories, ShopPlatform.SHOPIFY, Map.of(), false);

    assertEquals(
        List.of(
            "Why late: Your parcel (tracking 1Z999AA10123456784) is on its way. The carrier now"
                + " expects to deliver it on 24 November 2026, after the promised 20 November"
                + " 2026."),
        explanation.lines());
    assertEquals(List.of("late_carrier_delay"), explanation.tags());
  }

  @Test
  void aLateParcelOfAnotherOrderDoesNotMakeThisOneLate() {
    Order shipped = order().status(OrderStatus.SHIPPED).shipped(PARCEL).build();
    List<ShipmentStory> stories =
        List.of(
            story(
                "JJD000390007812345",
                TrackingStatus.IN_TRANSIT,
                LocalDate.parse("2026-11-27"),
                Blame.UNKNOWN));

    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            shipped, beforeThePromise(), stories, ShopPlatform.SHOPIFY, Map.of(), false);

    assertNull(OrderExplainer.carrierView(shipped, stories));
    assertEquals(List.of(), explanation.lines());
    assertEquals(List.of(), explanation.tags());
  }

  @Test
  void aParcelNoTrackingSourceReportedOnIsNotTheCarriersView() {
    Order shipped = order().status(OrderStatus.SHIPPED).shipped(PARCEL).build();
    List<ShipmentStory> stories =
        List.of(
            story(PARCEL, TrackingStatus.UNKNOWN, LocalDate.parse("2026-11-27"), Blame.UNKNOWN));

    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            shipped, beforeThePromise(), stories, ShopPlatform.SHOPIFY, Map.of(), false);

    assertNull(OrderExplainer.carrierView(shipped, stories));
    assertEquals(List.of(), explanation.lines());
  }

  @Test
  void aCarrierExceptionBlamedOnTheConsigneeIsExplainedAsAnAddressProblem() {
    Order shipped = order().status(OrderStatus.SHIPPED).shipped(PARCEL).build();
    List<ShipmentStory> stories =
        List.of(story(PARCEL, TrackingStatus.EXCEPTION, null, Blame.CONSIGNEE));

    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            shipped, beforeThePromise(), stories, ShopPlatform.SHOPIFY, Map.of(), false);

    assertEquals(List.of("late_address_problem"), explanation.tags());
    assertTrue(
        explanation.lines().get(0).contains("Could you confirm the full delivery address?"),
        explanation.lines().get(0));
  }

  @Test
  void anotherOrdersAddressProblemDoesNotMakeThisOrderAnAddressProblem() {
    Order shipped = order().status(OrderStatus.SHIPPED).shipped(PARCEL).build();
    List<ShipmentStory> stories =
        List.of(
            story(PARCEL, TrackingStatus.EXCEPTION, null, Blame.CARRIER),
            story("1Z999AA10987654321", TrackingStatus.EXCEPTION, null, Blame.CONSIGNEE));

    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            shipped, beforeThePromise(), stories, ShopPlatform.SHOPIFY, Map.of(), false);

    assertEquals(List.of("late_carrier_exception"), explanation.tags());
    assertFalse(OrderExplainer.carrierView(shipped, stories).addressProblem());
  }

  @Test
  void aCarrierExceptionBlamedOnTheCarrierIsExplainedAsTheCarriersProblem() {
    Order shipped = order().status(OrderStatus.SHIPPED).shipped(PARCEL).build();
    List<ShipmentStory> stories =
        List.of(story(PARCEL, TrackingStatus.EXCEPTION, null, Blame.CARRIER));

    OrderExplainer.Explanation explanation =
        OrderExplainer.explain(
            shipped, beforeThePromise(), stories, ShopPlatform.SHOPIFY, Map.of(), false);

    assertEquals(List.of("late_carrier_exception"), explanation.tags());
    assertEquals(
        "Why late: The carrier has reported a problem with your parcel (tracking"
            + " 1Z999AA10123456784), and we are looking into it with them.",
        explanation.lines().get(0));
  }

  @Test
  void theCarriersViewOfASplitOrderIsItsLatestEta() {
    Order split =
        order()
            .status(OrderStatus.SHIPPED)
            .shipped("PARCEL-A")
            .shipped("PARCEL-B")
            .shipped("PARCEL-C")
            .build();
    List<ShipmentStory> stories =
        List.of(
            story(
                "PARCEL-A",
                TrackingStatus.IN_TRANSIT,
                LocalDate.parse("2026-11-22"),
                Blame.UNKNOWN),
            story(
                "PARCEL-B",
                TrackingStatus.OUT_FOR_DELIVERY,
                LocalDate.parse("2026-11-25"),
                Blame.UNKNOWN),
            story("PARCEL-C", TrackingStatus.INFO_RECEIVED, null, Blame.UNKNOWN));

    assertEquals(
        new CarrierView(LocalDate.parse("2026-11-25"), false, false),
        OrderExplainer.carrierView(split, stories));
  }
}
