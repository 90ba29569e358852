package dev.orderlens.order.infrastructure.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSourceUnavailableException;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.PaymentState;
import dev.orderlens.order.domain.UnavailableWhenFailingOrderSource;
import dev.orderlens.order.infrastructure.StoreConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WooCommerceOrderSourceTest {
  private static final String ORDERS = "/wp-json/wc/v3/orders";

  private WireMockServer woo;
  private OrderSource source;

  @BeforeEach
  void start() {
    woo = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    woo.start();
    source =
        new UnavailableWhenFailingOrderSource(
            new WooCommerceOrderSource(
                new StoreConfig("it", "woocommerce", URI.create(woo.baseUrl()), "ck_abc:cs_def"),
                new WooCommerceGateway()));
  }

  @AfterEach
  void stop() {
    woo.stop();
  }

  private void answer(String body) {
    woo.stubFor(
        get(urlPathEqualTo(ORDERS))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void findsAGiftOrderByNumberWithBuyerAndRecipientApart() throws IOException {
    answer(payload());

    Order order = source.findByNumber(OrderNumber.of("#727")).orElseThrow();

    String basic = Base64.getEncoder().encodeToString("ck_abc:cs_def".getBytes());
    woo.verify(
        getRequestedFor(urlPathEqualTo(ORDERS))
            .withQueryParam("search", equalTo("727"))
            .withHeader("Authorization", equalTo("Basic " + basic)));
    assertEquals(Instant.parse("2026-11-18T10:15:42Z"), order.placedAt());
    assertEquals(PaymentState.PAID, order.paymentState());
    assertEquals(Money.of("179.70", "EUR"), order.total());
    assertEquals("Anna Rossi", order.buyer().name());
    assertEquals("anna.rossi@example.com", order.buyer().email());
    assertEquals("Via Roma 1", order.billingAddress().line1());
    assertEquals("Giulia Verdi", order.recipient().person().name());
    assertEquals("10138", order.recipient().address().postcode());
    assertTrue(order.gift());
    assertEquals("Happy birthday, Giulia!", order.giftMessage());
    assertEquals("Please leave with the concierge", order.note());
  }

  @Test
  void aLineWithSupplierMetaIsDropShipped() throws IOException {
    answer(payload());

    Order order = source.findByNumber(OrderNumber.of("727")).orElseThrow();

    OrderLine own = order.lines().get(0);
    OrderLine cushion = order.lines().get(1);
    assertFalse(own.isDropShipped());
    assertTrue(cushion.isDropShipped());
    assertEquals("Tessitura Lario", cushion.supplier());
    assertEquals(Instant.parse("2026-11-18T12:00:00Z"), cushion.supplierOrderedAt());
    assertEquals(Money.of("24.95", "EUR"), cushion.unitPrice());
  }

  @Test
  void aSplitShipmentKeepsBothTrackingNumbersAndWhatEachParcelHolds() throws IOException {
    answer(payload());

    Order order = source.findByNumber(OrderNumber.of("727")).orElseThrow();

    assertEquals(List.of("BRT0001", "GLS0002"), order.trackingNumbers());
    Fulfilment gls = order.fulfilments().get(1);
    assertEquals("GLS Italy", gls.carrier());
    assertEquals(List.of("CUSHION-LINEN-SAND"), gls.lineSkus());
    assertEquals(Instant.ofEpochSecond(1763632800L), gls.shippedAt());
    assertEquals("brt", order.fulfilments().get(0).carrier());
    assertNull(order.fulfilments().get(0).trackingUrl());
    assertEquals(OrderStatus.SHIPPED, order.status());
  }

  @Test
  void aProcessingOrderWithOneOfTwoParcelsSentIsPartiallyShipped() throws IOException {
    answer(payload().replace("\"product\": \"22\"", "\"product\": \"93\""));

    assertEquals(
        OrderStatus.PARTIALLY_SHIPPED,
        source.findByNumber(OrderNumber.of("727")).orElseThrow().status());
  }

  @Test
  void trackingWithoutParcelContentsOnAProcessingOrderMeansShipped() throws IOException {
    answer(
        payload()
            .replace(
                "\"products_list\": [ { \"product\": \"93\", \"item_id\": \"315\", \"qty\": \"1\" } ]",
                "\"products_list\": []")
            .replace(
                "\"products_list\": [ { \"product\": \"22\", \"item_id\": \"316\", \"qty\": \"2\" } ]",
                "\"products_list\": []"));

    Order order = source.findByNumber(OrderNumber.of("727")).orElseThrow();

    assertEquals(OrderStatus.SHIPPED, order.status());
    assertTrue(order.fulfilments().get(0).lineSkus().isEmpty());
  }

  @Test
  void aCancelledOrderIsCancelledWithItsTime() throws IOException {
    answer(
        payload()
            .replace("\"status\": \"processing\"", "\"status\": \"cancelled\"")
            .replace("\"date_paid_gmt\": \"2026-11-18T10:16:02\"", "\"date_paid_gmt\": null")
            .replace("\"date_paid\": \"2026-11-18T11:16:02\"", "\"date_paid\": null"));

    Order order = source.findByNumber(OrderNumber.of("727")).orElseThrow();

    assertEquals(OrderStatus.CANCELLED, order.status());
    assertEquals(Instant.parse("2026-11-20T08:02:10Z"), order.cancelledAt());
    assertEquals(PaymentState.VOIDED, order.paymentState());
  }

  @Test
  void everyCoreStatusMapsToAnOrderStatus() throws IOException {
    String[][] rows = {
      {"pending", "PENDING_PAYMENT"},
      {"on-hold", "ON_HOLD"},
      {"completed", "SHIPPED"},
      {"refunded", "REFUNDED"},
      {"failed", "PENDING_PAYMENT"},
      {"checkout-draft", "PENDING_PAYMENT"},
    };
    for (String[] row : rows) {
      woo.resetAll();
      answer(payload().replace("\"status\": \"processing\"", "\"status\": \"" + row[0] + "\""));
      assertEquals(
          OrderStatus.valueOf(row[1]),
          source.findByNumber(OrderNumber.of("727")).orElseThrow().status(),
          row[0]);
    }
  }

  @Test
  void anOrderPaidInAnotherCurrencyCarriesTheStoreTotal() throws IOException {
    answer(
        payload()
            .replace("\"currency\": \"EUR\"", "\"currency\": \"CHF\"")
            .replace(
                "\"meta_data\": [\n      { \"id\": 13106",
                "\"meta_data\": [\n      { \"id\": 13100, \"key\": \"_order_total_base_currency\","
                    + " \"value\": \"191.20\" },\n      { \"id\": 13106"));
    woo.stubFor(
        get(urlPathEqualTo("/wp-json/wc/v3/settings/general/woocommerce_currency"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":\"woocommerce_currency\",\"label\":\"Currency\",\"type\":\"select\","
                            + "\"default\":\"GBP\",\"value\":\"EUR\"}")));

    Order order = source.findByNumber(OrderNumber.of("727")).orElseThrow();

    assertEquals(Money.of("179.70", "CHF"), order.total());
    assertEquals(Money.of("191.20", "EUR"), order.totalInStoreCurrency());
    assertTrue(order.paidInForeignCurrency());
  }

  @Test
  void searchesByEmailAndKeepsOnlyThatBuyersOrders() throws IOException {
    answer(payload());

    assertEquals(1, source.findByCustomerEmail(" Anna.Rossi@example.com ").size());
    assertTrue(source.findByCustomerEmail("someone.else@example.com").isEmpty());
    woo.verify(
        getRequestedFor(urlPathEqualTo(ORDERS))
            .withQueryParam("search", equalTo("anna.rossi@example.com")));
  }

  @Test
  void noMatchingOrderIsEmptyNotAnError() {
    answer("[]");

    assertTrue(source.findByNumber(OrderNumber.of("999")).isEmpty());
  }

  @Test
  void aWooCommerce404IsNoOrder() {
    woo.stubFor(
        get(urlPathEqualTo(ORDERS))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":\"rest_no_route\",\"message\":\"No route was found\","
                            + "\"data\":{\"status\":404}}")));

    assertTrue(source.findByNumber(OrderNumber.of("727")).isEmpty());
  }

  @Test
  void aShopThatAnswers503IsUnavailable() {
    woo.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(503)));

    assertThrows(
        OrderSourceUnavailableException.class, () -> source.findByNumber(OrderNumber.of("727")));
  }

  private static String payload() throws IOException {
    try (var in =
        WooCommerceOrderSourceTest.class.getResourceAsStream("/woocommerce/orders-response.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
