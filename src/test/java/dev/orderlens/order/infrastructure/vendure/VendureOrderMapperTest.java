package dev.orderlens.order.infrastructure.vendure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.order.domain.FulfilmentSource;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.PaymentState;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapper on Admin API answers recorded from a live Vendure 3.7.3 (the IT's test shop). */
class VendureOrderMapperTest {
  private static final Instant READ_AT = Instant.parse("2026-11-25T14:00:00Z");

  @Test
  void aGiftOrderKeepsBuyerAndRecipientApartWithMessageAndPromisedWindow() throws IOException {
    Order order = giftOrder(recorded("order-by-code-response.json"));

    assertEquals("eu-vendure", order.store());
    assertEquals("A8YHHEQMPA2N96PB", order.number().value());
    assertEquals("Anna Rossi", order.buyer().name());
    assertEquals("anna.rossi@example.com", order.buyer().email());
    assertEquals("+39 02 1234 5678", order.buyer().phone());
    assertEquals("Via Roma 1", order.billingAddress().line1());
    assertEquals("Giulia Verdi", order.recipient().person().name());
    assertNull(order.recipient().person().email());
    assertEquals("Scala B", order.recipient().address().line2());
    assertEquals("10138", order.recipient().address().postcode());
    assertEquals("TO", order.recipient().address().region());
    assertEquals("IT", order.recipient().address().countryCode());
    assertTrue(order.gift());
    assertEquals("Happy birthday, Giulia!", order.giftMessage());
    assertEquals(LocalDate.of(2026, 12, 1), order.promisedFrom());
    assertEquals(LocalDate.of(2026, 12, 3), order.promisedTo());
    assertEquals(Instant.parse("2026-11-25T13:45:24.884Z"), order.placedAt());
  }

  @Test
  void minorUnitsBecomeAmountsInTheOrdersCurrency() throws IOException {
    Order order = giftOrder(recorded("order-by-code-response.json"));

    assertEquals(Money.of("1611.78", "USD"), order.total());
    assertEquals(Money.of("1558.80", "USD"), order.lines().get(0).unitPrice());
    assertEquals(Money.of("23.99", "USD"), order.lines().get(1).unitPrice());
    assertEquals(3, order.itemCount());
  }

  @Test
  void aShopWithAnotherMoneyPrecisionIsReadWithIt() throws IOException {
    String answer =
        recorded("order-by-code-response.json")
            .replace("\"moneyStrategyPrecision\": 2", "\"moneyStrategyPrecision\": 3");

    assertEquals(Money.of("161.178", "USD"), giftOrder(answer).total());
  }

  @Test
  void aSettledAndShippedOrderShowsCarrierAndTrackingCode() throws IOException {
    Order order = giftOrder(recorded("order-by-code-response.json"));

    assertEquals(OrderStatus.SHIPPED, order.status());
    assertEquals(PaymentState.PAID, order.paymentState());
    assertEquals(1, order.fulfilments().size());
    assertEquals("DHL Express", order.fulfilments().get(0).carrier());
    assertEquals(List.of("JD014600003828140000"), order.trackingNumbers());
    assertEquals(Instant.parse("2026-11-25T13:45:25Z"), order.fulfilments().get(0).shippedAt());
  }

  @Test
  void aVariantWithADropShipSupplierShipsFromThatSupplier() throws IOException {
    Order order = customersOrders(recorded("orders-by-email-response.json")).get(0);

    OrderLine orchid = line(order, "ROR00221");
    assertEquals(FulfilmentSource.DROP_SHIP, orchid.fulfilmentSource());
    assertEquals("Green Thumb Nurseries", orchid.supplier());
    assertNull(orchid.stockAtSource(), "the shop's stock says nothing about the supplier's");
    OrderLine mouse = line(order, "834444");
    assertEquals(FulfilmentSource.OWN_STOCK, mouse.fulfilmentSource());
    assertNull(mouse.supplier());
    assertEquals(41, mouse.stockAtSource(), "42 on hand, 1 allocated to this order");
    assertEquals(READ_AT, mouse.stockCheckedAt());
  }

  @Test
  void anAuthorizedPaymentIsProcessingAndAnUnsetBillingAddressIsNone() throws IOException {
    Order order = customersOrders(recorded("orders-by-email-response.json")).get(0);

    assertEquals(OrderStatus.PROCESSING, order.status());
    assertEquals(PaymentState.AUTHORIZED, order.paymentState());
    assertNull(order.billingAddress());
    assertFalse(order.gift());
    assertNull(order.promisedTo());
  }

  @Test
  void aCustomersOrdersComeNewestFirstWithoutTheOpenCart() throws IOException {
    String answer = recorded("orders-by-email-response.json");

    List<Order> orders = customersOrders(answer);

    assertEquals(2, orders.size());
    assertEquals("8Q34VYVE3HYWL5ZT", orders.get(0).number().value());
    assertEquals("A8YHHEQMPA2N96PB", orders.get(1).number().value());
    String withCart =
        answer.replaceFirst("\"state\": \"PaymentAuthorized\"", "\"state\": \"AddingItems\"");
    assertEquals(List.of("A8YHHEQMPA2N96PB"), numbers(customersOrders(withCart)));
  }

  @Test
  void noMatchingCustomerMeansNoOrders() {
    JsonObject answer = json("{\"data\":{\"customers\":{\"items\":[]},\"globalSettings\":null}}");

    assertTrue(VendureOrderMapper.customersOrders("eu-vendure", answer, READ_AT).isEmpty());
  }

  private static Order giftOrder(String answer) {
    List<Order> orders = VendureOrderMapper.orders("eu-vendure", json(answer), READ_AT);
    assertEquals(1, orders.size());
    return orders.get(0);
  }

  private static List<Order> customersOrders(String answer) {
    return VendureOrderMapper.customersOrders("eu-vendure", json(answer), READ_AT);
  }

  private static List<String> numbers(List<Order> orders) {
    return orders.stream().map(o -> o.number().value()).toList();
  }

  private static OrderLine line(Order order, String sku) {
    return order.lines().stream().filter(l -> sku.equals(l.sku())).findFirst().orElseThrow();
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  static String recorded(String name) throws IOException {
    try (InputStream in = VendureOrderMapperTest.class.getResourceAsStream("/vendure/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
