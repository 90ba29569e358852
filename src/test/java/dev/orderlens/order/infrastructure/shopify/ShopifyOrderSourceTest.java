package dev.orderlens.order.infrastructure.shopify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShopifyOrderSourceTest {
  private WireMockServer shopify;
  private OrderSource source;

  @BeforeEach
  void start() {
    shopify = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    shopify.start();
    ShopifyGateway gateway = new ShopifyGateway();
    gateway.apiVersion = "2025-01";
    source =
        new UnavailableWhenFailingOrderSource(
            new ShopifyOrderSource(
                new StoreConfig("eu", "shopify", URI.create(shopify.baseUrl()), "shpat_test"),
                gateway));
  }

  @AfterEach
  void stop() {
    shopify.stop();
  }

  private void answer(String body) {
    shopify.stubFor(
        post(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void findsAnOrderByItsNameWithBuyerAndRecipientApart() throws IOException {
    answer(payload());

    Order order = source.findByNumber(OrderNumber.of("1001")).orElseThrow();

    shopify.verify(
        postRequestedFor(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .withHeader("X-Shopify-Access-Token", equalTo("shpat_test"))
            .withRequestBody(matchingJsonPath("$.variables.query", equalTo("name:\"#1001\""))));
    assertEquals("eu", order.store());
    assertEquals(OrderStatus.SHIPPED, order.status());
    assertEquals(PaymentState.PAID, order.paymentState());
    assertEquals(Money.of("129.80", "EUR"), order.total());
    assertEquals("Anna Rossi", order.buyer().name());
    assertEquals("anna.rossi@example.com", order.buyer().email());
    assertEquals("Giulia Verdi", order.recipient().person().name());
    assertEquals("10138", order.recipient().address().postcode());
    assertEquals(2, order.lines().size());
    assertEquals("CHAIR-OAK", order.lines().get(0).sku());
    assertEquals(Money.of("119.90", "EUR"), order.lines().get(0).unitPrice());
    assertEquals("1234567890", order.fulfilments().get(0).trackingNumber());
    assertEquals("DHL Express", order.fulfilments().get(0).carrier());
    assertTrue(order.gift());
    assertEquals("Happy birthday, Giulia!", order.giftMessage());
  }

  @Test
  void aLineAssignedToAFulfilmentServiceLocationIsDropShippedByThatSupplier() throws IOException {
    answer(payload());

    Order order = source.findByNumber(OrderNumber.of("1001")).orElseThrow();

    OrderLine chair = order.lines().get(0);
    assertTrue(chair.isDropShipped());
    assertEquals("Mobilificio Brianza (drop-ship)", chair.supplier());
    assertEquals(Instant.parse("2026-11-18T10:20:00Z"), chair.supplierOrderedAt());
    assertFalse(order.lines().get(1).isDropShipped());
    assertEquals(List.of("CHAIR-OAK", "GIFT-WRAP"), order.fulfilments().get(0).lineSkus());
  }

  @Test
  void thePromisedWindowComesFromTheOrderlensMetafields() throws IOException {
    answer(payload());

    Order order = source.findByNumber(OrderNumber.of("1001")).orElseThrow();

    assertEquals(LocalDate.parse("2026-11-21"), order.promisedFrom());
    assertEquals(LocalDate.parse("2026-11-24"), order.promisedTo());
  }

  @Test
  void withoutMetafieldsThePromiseMayComeFromCartAttributes() throws IOException {
    answer(
        payload()
            .replace("\"promisedTo\": { \"value\": \"2026-11-24\" },", "\"promisedTo\": null,")
            .replace(
                "{ \"key\": \"delivery_instructions\"",
                "{ \"key\": \"promised_to\", \"value\": \"2026-11-25\" },"
                    + " { \"key\": \"delivery_instructions\""));

    Order order = source.findByNumber(OrderNumber.of("1001")).orElseThrow();

    assertEquals(LocalDate.parse("2026-11-25"), order.promisedTo());
  }

  @Test
  void anOrderWithAnotherNameIsNotTakenForTheOneAskedFor() throws IOException {
    answer(payload().replace("#1001", "#10010"));

    assertTrue(source.findByNumber(OrderNumber.of("1001")).isEmpty());
  }

  @Test
  void searchesByTheCustomersEmail() throws IOException {
    answer(payload());

    assertEquals(1, source.findByCustomerEmail("anna.rossi@example.com").size());
    shopify.verify(
        postRequestedFor(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .withRequestBody(
                matchingJsonPath(
                    "$.variables.query", equalTo("email:\"anna.rossi@example.com\""))));
  }

  @Test
  void aSplitShipmentGivesEachParcelItsTrackingNumberAndItsItems() throws IOException {
    String oneParcel =
        "\"fulfillmentLineItems\": {\n"
            + "                \"nodes\": [ { \"lineItem\": { \"sku\": \"CHAIR-OAK\" } },"
            + " { \"lineItem\": { \"sku\": \"GIFT-WRAP\" } } ]";
    String payload = payload();
    assertTrue(payload.contains(oneParcel), "fixture changed: update this test");
    answer(
        payload.replace(
            oneParcel + "\n              }\n            }\n          ],",
            "\"fulfillmentLineItems\": {\"nodes\": [{\"lineItem\": {\"sku\": \"CHAIR-OAK\"}}]}"
                + "},\n"
                + "{\"createdAt\": \"2026-11-20T09:00:00Z\", \"displayStatus\": \"IN_TRANSIT\","
                + " \"trackingInfo\": [{\"company\": \"BRT\", \"number\": \"070123456789012\","
                + " \"url\": null}], \"fulfillmentLineItems\": {\"nodes\": [{\"lineItem\":"
                + " {\"sku\": \"GIFT-WRAP\"}}]}}],"));

    Order order = source.findByNumber(OrderNumber.of("1001")).orElseThrow();

    assertEquals(List.of("1234567890", "070123456789012"), order.trackingNumbers());
    assertEquals(List.of("CHAIR-OAK"), order.fulfilments().get(0).lineSkus());
    assertEquals(List.of("GIFT-WRAP"), order.fulfilments().get(1).lineSkus());
    assertEquals("BRT", order.fulfilments().get(1).carrier());
  }

  @Test
  void aCancelledDisputedOrderIsReportedSo() throws IOException {
    answer(
        payload()
            .replace("\"cancelledAt\": null", "\"cancelledAt\": \"2026-11-19T08:00:00Z\"")
            .replace(
                "\"disputes\": []",
                "\"disputes\": [{\"status\": \"NEEDS_RESPONSE\", \"initiatedAs\": \"CHARGEBACK\"}]"));

    Order order = source.findByNumber(OrderNumber.of("1001")).orElseThrow();

    assertEquals(OrderStatus.CANCELLED, order.status());
    assertEquals(java.time.Instant.parse("2026-11-19T08:00:00Z"), order.cancelledAt());
    assertEquals(PaymentState.DISPUTED, order.paymentState());
  }

  @Test
  void anOrderPaidInAnotherCurrencyKeepsTheStoreTotalForLifetimeValue() throws IOException {
    answer(
        payload()
            .replace(
                "\"currentTotalPriceSet\": { \"shopMoney\": { \"amount\": \"129.80\", \"currencyCode\": \"EUR\" } }",
                "\"currentTotalPriceSet\": { \"shopMoney\": { \"amount\": \"129.80\", \"currencyCode\": \"EUR\" },"
                    + " \"presentmentMoney\": { \"amount\": \"110.35\", \"currencyCode\": \"GBP\" } }"));

    Order order = source.findByNumber(OrderNumber.of("1001")).orElseThrow();

    assertEquals(Money.of("110.35", "GBP"), order.total());
    assertEquals(Money.of("129.80", "EUR"), order.totalInStoreCurrency());
    assertTrue(order.paidInForeignCurrency());
  }

  @Test
  void aShopThatAnswers503IsUnavailableNotAnError() {
    shopify.stubFor(
        post(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .willReturn(aResponse().withStatus(503)));

    assertThrows(
        OrderSourceUnavailableException.class, () -> source.findByNumber(OrderNumber.of("1001")));
  }

  @Test
  void graphqlErrorsWithoutDataMeanUnavailable() {
    answer("{\"errors\":[{\"message\":\"Access denied for orders field.\"}]}");

    assertThrows(
        OrderSourceUnavailableException.class, () -> source.findByNumber(OrderNumber.of("1001")));
  }

  private static String payload() throws IOException {
    try (var in =
        ShopifyOrderSourceTest.class.getResourceAsStream("/shopify/orders-response.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
