package dev.orderlens.it.vendure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.it.TestClock;
import dev.orderlens.order.domain.FulfilmentSource;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSourceUnavailableException;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.PaymentState;
import dev.orderlens.order.domain.UnavailableWhenFailingOrderSource;
import dev.orderlens.order.domain.catalog.CatalogItem;
import dev.orderlens.order.domain.catalog.OneStoreCatalog;
import dev.orderlens.order.infrastructure.StoreConfig;
import dev.orderlens.order.infrastructure.vendure.VendureCatalogSource;
import dev.orderlens.order.infrastructure.vendure.VendureGateway;
import dev.orderlens.order.infrastructure.vendure.VendureOrderSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Vendure order source against a real Vendure 3.7.3 shop, started by {@link LiveVendure},
 * logged in as an administrator with only ReadOrder, ReadCustomer and ReadCatalog.
 */
@ExtendWith(LiveVendure.class)
class VendureOrderSourceIT {
  private VendureShop shop;
  private OrderSource source;
  private VendureShop.PlacedOrders orders;

  @BeforeEach
  void connect(VendureShop shop) {
    this.shop = shop;
    source = source(shop.baseUrl(), shop.storeToken());
  }

  @Test
  void readsAGiftOrderByCodeWithTheRecipientApartFromTheBuyer() {
    Order order = source.findByNumber(OrderNumber.of(orders().giftOrder().code())).orElseThrow();

    assertEquals("it-vendure", order.store());
    assertEquals("Anna Rossi", order.buyer().name());
    assertEquals(orders().giftOrder().email(), order.buyer().email());
    assertEquals("Milano", order.billingAddress().city());
    assertEquals("Giulia Verdi", order.recipient().person().name());
    assertEquals("Torino", order.recipient().address().city());
    assertTrue(order.gift());
    assertEquals("Happy birthday, Giulia!", order.giftMessage());
    assertEquals(TestClock.today(), order.promisedFrom());
    assertEquals(TestClock.today().plusDays(2), order.promisedTo());
  }

  @Test
  void aSettledShippedOrderHasItsTrackingCodeAndExactAmounts() {
    Order order = source.findByNumber(OrderNumber.of(orders().giftOrder().code())).orElseThrow();

    assertEquals(OrderStatus.SHIPPED, order.status());
    assertEquals(PaymentState.PAID, order.paymentState());
    assertEquals(List.of("JD014600003828140000"), order.trackingNumbers());
    assertEquals("DHL Express", order.fulfilments().get(0).carrier());
    // Laptop 1299.00 + 20 % tax, two Bonsai Trees at 19.99 + 20 %, Standard Shipping 5.00.
    assertEquals(Money.of("1558.80", "USD"), order.lines().get(0).unitPrice());
    assertEquals(Money.of("1611.78", "USD"), order.total());
  }

  @Test
  void aDropShippedLineNamesItsSupplier() {
    Order order =
        source.findByNumber(OrderNumber.of(orders().dropShipOrder().code())).orElseThrow();

    OrderLine orchid = line(order, "ROR00221");
    assertEquals(FulfilmentSource.DROP_SHIP, orchid.fulfilmentSource());
    assertEquals("Green Thumb Nurseries", orchid.supplier());
    OrderLine mouse = line(order, "834444");
    assertEquals(FulfilmentSource.OWN_STOCK, mouse.fulfilmentSource());
    assertNull(mouse.supplier());
    assertTrue(mouse.stockAtSource() >= 0);
    assertEquals(OrderStatus.PROCESSING, order.status());
    assertEquals(PaymentState.AUTHORIZED, order.paymentState());
  }

  @Test
  void aCodeTypedInLowerCaseFindsTheOrder() {
    String typed = "#" + orders().dropShipOrder().code().toLowerCase();

    assertTrue(source.findByNumber(OrderNumber.of(typed)).isPresent());
  }

  @Test
  void findsACustomersOrdersByEmailNewestFirst() {
    String typed = " " + orders().giftOrder().email().replace("anna.rossi", "Anna.Rossi") + " ";
    List<Order> found = source.findByCustomerEmail(typed);

    assertEquals(
        List.of(orders().dropShipOrder().code(), orders().giftOrder().code()),
        found.stream().map(o -> o.number().value()).toList());
  }

  @Test
  void anOrderStillArrangingPaymentIsPendingPayment() {
    List<Order> found = source.findByCustomerEmail(orders().unpaidOrder().email());

    assertEquals(1, found.size());
    assertEquals(OrderStatus.PENDING_PAYMENT, found.get(0).status());
    assertEquals(PaymentState.PENDING, found.get(0).paymentState());
  }

  @Test
  void anUnknownCodeOrEmailFindsNothing() {
    assertTrue(source.findByNumber(OrderNumber.of("NOSUCHORDER00000")).isEmpty());
    assertTrue(source.findByCustomerEmail("nobody@example.com").isEmpty());
  }

  @Test
  void wrongCredentialsMakeTheShopUnavailable() {
    OrderSource refused = source(shop.baseUrl(), shop.readerUsername() + ":wrong");

    assertThrows(
        OrderSourceUnavailableException.class,
        () -> refused.findByNumber(OrderNumber.of(orders().giftOrder().code())));
  }

  @Test
  void aShopThatIsNotRunningIsUnavailable() throws IOException {
    OrderSource stopped = source(URI.create("http://127.0.0.1:" + closedPort()), shop.storeToken());

    assertThrows(
        OrderSourceUnavailableException.class,
        () -> stopped.findByNumber(OrderNumber.of(orders().giftOrder().code())));
  }

  @Test
  void inStockAlternativesComeFromTheSameCollectionClosestInPriceFirst() {
    var catalog =
        new OneStoreCatalog(
            "it-vendure",
            new VendureCatalogSource(
                new StoreConfig("it-vendure", "vendure", shop.baseUrl(), shop.storeToken()),
                new VendureGateway()));

    List<String> skus =
        catalog.inStockAlternatives("it-vendure", "L2201308", 3).stream()
            .map(CatalogItem::sku)
            .toList();

    assertEquals("L2201508", skus.get(0), skus.toString());
    assertFalse(skus.contains("L2201308"));
    assertTrue(catalog.inStockAlternatives("another-store", "L2201308", 3).isEmpty());
  }

  /** This test's own orders, placed on first use (JUnit makes an instance per test). */
  private VendureShop.PlacedOrders orders() {
    if (orders == null) {
      orders = LiveVendure.placeOrders();
    }
    return orders;
  }

  /** The source as Orderlens composes it: every failure reads as "unavailable". */
  private static OrderSource source(URI baseUrl, String token) {
    return new UnavailableWhenFailingOrderSource(
        new VendureOrderSource(
            new StoreConfig("it-vendure", "vendure", baseUrl, token), new VendureGateway()));
  }

  private static OrderLine line(Order order, String sku) {
    return order.lines().stream().filter(l -> sku.equals(l.sku())).findFirst().orElseThrow();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
