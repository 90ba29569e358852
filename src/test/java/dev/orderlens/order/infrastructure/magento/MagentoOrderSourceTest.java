package dev.orderlens.order.infrastructure.magento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSourceUnavailableException;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.PaymentState;
import dev.orderlens.order.domain.UnavailableWhenFailingOrderSource;
import dev.orderlens.order.infrastructure.StoreConfig;
import dev.orderlens.order.infrastructure.StoreRefusedException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MagentoOrderSourceTest {
  private static final String ORDERS = "/rest/V1/orders";
  private static final String SHIPMENTS = "/rest/V1/shipments";
  private static final String FIELD = "searchCriteria[filter_groups][0][filters][0][field]";
  private static final String VALUE = "searchCriteria[filter_groups][0][filters][0][value]";
  private static final String CONDITION =
      "searchCriteria[filter_groups][0][filters][0][condition_type]";

  private static final String PROCESSING =
      "\"state\": \"processing\",\n      \"status\": \"processing\"";

  private WireMockServer magento;
  private OrderSource source;

  @BeforeEach
  void start() throws IOException {
    magento = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    magento.start();
    source =
        new UnavailableWhenFailingOrderSource(
            new MagentoOrderSource(
                new StoreConfig(
                    "de", "magento", URI.create(magento.baseUrl()), "integration-token"),
                new MagentoGateway()));
    stub(SHIPMENTS, resource("shipments-response.json"));
  }

  @AfterEach
  void stop() {
    magento.stop();
  }

  private void stub(String path, String body) {
    magento.stubFor(
        get(urlPathEqualTo(path))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  /** Order 000000127 from the documented payload, with pairs of text replaced. */
  private Order order127(String... replacements) throws IOException {
    String body = resource("orders-response.json");
    for (int i = 0; i < replacements.length; i += 2) {
      body = body.replace(replacements[i], replacements[i + 1]);
    }
    stub(ORDERS, body);
    return source.findByNumber(OrderNumber.of("000000127")).orElseThrow();
  }

  @Test
  void findsAGiftOrderByIncrementIdWithBuyerAndRecipientApart() throws IOException {
    Order order = order127();

    magento.verify(
        getRequestedFor(urlPathEqualTo(ORDERS))
            .withHeader("Authorization", equalTo("Bearer integration-token"))
            .withQueryParam(FIELD, equalTo("increment_id"))
            .withQueryParam(VALUE, equalTo("000000127"))
            .withQueryParam(CONDITION, equalTo("eq")));
    assertEquals(Instant.parse("2026-11-18T10:15:42Z"), order.placedAt());
    assertEquals(PaymentState.PAID, order.paymentState());
    assertEquals(Money.of("189.7", "EUR"), order.total());
    assertEquals("Anna Rossi", order.buyer().name());
    assertEquals("anna.rossi@example.com", order.buyer().email());
    assertEquals("Milano", order.billingAddress().city());
    assertEquals("Giulia Verdi", order.recipient().person().name());
    assertEquals("Scala B", order.recipient().address().line2());
    assertTrue(order.gift());
    assertEquals("Happy birthday, Giulia!", order.giftMessage());
    assertFalse(order.paidInForeignCurrency());
  }

  @Test
  void aGiftMessageIdWithoutTheMessageStillMarksAGift() throws IOException {
    Order order = order127("\"message\": \"Happy birthday, Giulia!\"", "\"message\": null");

    assertTrue(order.gift());
  }

  @Test
  void aConfigurableProductIsOneDropShippedLine() throws IOException {
    Order order = order127();

    assertEquals(2, order.lines().size());
    assertFalse(order.lines().get(0).isDropShipped());
    assertTrue(order.lines().get(1).isDropShipped());
    assertEquals("Tessitura Lario", order.lines().get(1).supplier());
    assertEquals(2, order.lines().get(1).quantity());
  }

  @Test
  void aSplitShipmentGivesTwoTrackingNumbersEachWithItsSkus() throws IOException {
    Order order = order127();

    magento.verify(
        getRequestedFor(urlPathEqualTo(SHIPMENTS))
            .withQueryParam(FIELD, equalTo("order_id"))
            .withQueryParam(VALUE, equalTo("3051")));
    assertEquals(List.of("BRT0001", "1Z999AA10123456784"), order.trackingNumbers());
    assertEquals("United Parcel Service", order.fulfilments().get(1).carrier());
    assertEquals(List.of("CUSHION-LINEN-SAND"), order.fulfilments().get(1).lineSkus());
    assertEquals(Instant.parse("2026-11-19T09:00:00Z"), order.fulfilments().get(0).shippedAt());
    assertEquals(OrderStatus.SHIPPED, order.status());
  }

  @Test
  void aProcessingOrderWithAnItemNotYetShippedIsPartiallyShipped() throws IOException {
    Order order =
        order127(
            "\"qty_shipped\": 2,\n          \"qty_canceled\"",
            "\"qty_shipped\": 1,\n          \"qty_canceled\"");

    assertEquals(OrderStatus.PARTIALLY_SHIPPED, order.status());
  }

  @Test
  void nothingShippedMeansNoShipmentsCall() throws IOException {
    Order order =
        order127(
            "\"qty_shipped\": 1", "\"qty_shipped\": 0", "\"qty_shipped\": 2", "\"qty_shipped\": 0");

    assertTrue(order.fulfilments().isEmpty());
    assertEquals(OrderStatus.PROCESSING, order.status());
    magento.verify(0, getRequestedFor(urlPathEqualTo(SHIPMENTS)));
  }

  @Test
  void aCancelledOrderIsCancelledAtItsHistoryEntry() throws IOException {
    Order order =
        order127(
            PROCESSING,
            "\"state\": \"canceled\",\n      \"status\": \"canceled\"",
            "\"status_histories\": []",
            "\"status_histories\": [{\"comment\": null, \"created_at\": \"2026-11-19 07:30:00\","
                + " \"entity_id\": 77, \"entity_name\": \"order\", \"parent_id\": 3051,"
                + " \"status\": \"canceled\"}]",
            "\"total_paid\": 189.7",
            "\"total_paid\": 0");

    assertEquals(OrderStatus.CANCELLED, order.status());
    assertEquals(Instant.parse("2026-11-19T07:30:00Z"), order.cancelledAt());
    assertEquals(PaymentState.VOIDED, order.paymentState());
  }

  @Test
  void everyStateMapsToAnOrderStatus() throws IOException {
    String[][] rows = {
      {"new", "pending", "PENDING_PAYMENT"},
      {"pending_payment", "pending_payment", "PENDING_PAYMENT"},
      {"payment_review", "fraud", "ON_HOLD"},
      {"holded", "holded", "ON_HOLD"},
      {"complete", "complete", "SHIPPED"},
      {"closed", "closed", "REFUNDED"},
      {"canceled", "canceled", "CANCELLED"},
    };
    for (String[] row : rows) {
      magento.resetMappings();
      stub(SHIPMENTS, resource("shipments-response.json"));
      Order order =
          order127(
              PROCESSING, "\"state\": \"" + row[0] + "\",\n      \"status\": \"" + row[1] + "\"");
      assertEquals(OrderStatus.valueOf(row[2]), order.status(), row[0]);
    }
  }

  @Test
  void anOrderInAnotherCurrencyKeepsTheBaseTotal() throws IOException {
    String body =
        resource("orders-response.json")
            .replace("\"order_currency_code\": \"EUR\"", "\"order_currency_code\": \"USD\"")
            .replace("\"grand_total\": 189.7", "\"grand_total\": 205.4");
    stub(ORDERS, body);

    Order order = source.findByNumber(OrderNumber.of("000000127")).orElseThrow();

    assertEquals(Money.of("205.4", "USD"), order.total());
    assertEquals(Money.of("189.7", "EUR"), order.totalInStoreCurrency());
    assertEquals("USD", order.lines().get(0).unitPrice().currency());
  }

  @Test
  void searchesByCustomerEmail() throws IOException {
    stub(ORDERS, resource("orders-response.json"));

    assertEquals(1, source.findByCustomerEmail("anna.rossi@example.com").size());
    magento.verify(
        getRequestedFor(urlPathEqualTo(ORDERS))
            .withQueryParam(FIELD, equalTo("customer_email"))
            .withQueryParam(VALUE, equalTo("anna.rossi@example.com")));
  }

  @Test
  void noMatchingOrderIsEmpty() {
    stub(ORDERS, "{\"items\": [], \"search_criteria\": {}, \"total_count\": 0}");

    assertTrue(source.findByNumber(OrderNumber.of("000000999")).isEmpty());
  }

  @Test
  void aMagento404IsNoOrder() {
    magento.stubFor(
        get(urlPathEqualTo(ORDERS))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Request does not match any route.\"}")));

    assertTrue(source.findByNumber(OrderNumber.of("000000127")).isEmpty());
  }

  @Test
  void aNumberWrittenWithoutTheLeadingZerosIsFoundPadded() throws IOException {
    magento.stubFor(
        get(urlPathEqualTo(ORDERS))
            .withQueryParam(VALUE, equalTo("127"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"items\": [], \"total_count\": 0}")));
    magento.stubFor(
        get(urlPathEqualTo(ORDERS))
            .withQueryParam(VALUE, equalTo("000000127"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(resource("orders-response.json"))));

    Order order = source.findByNumber(OrderNumber.of("#127")).orElseThrow();

    assertEquals("000000127", order.number().value());
  }

  @Test
  void aRefusedTokenIsUnavailableAndSaysSo() {
    magento.stubFor(
        get(urlPathEqualTo(ORDERS))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"message\":\"The consumer isn't authorized to access %resources.\"}")));

    OrderSourceUnavailableException e =
        assertThrows(
            OrderSourceUnavailableException.class,
            () -> source.findByNumber(OrderNumber.of("000000127")));
    assertTrue(e.getCause() instanceof StoreRefusedException);
  }

  @Test
  void aShopThatAnswers503IsUnavailable() {
    magento.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(aResponse().withStatus(503)));

    assertThrows(
        OrderSourceUnavailableException.class,
        () -> source.findByNumber(OrderNumber.of("000000127")));
  }

  private static String resource(String name) throws IOException {
    try (var in = MagentoOrderSourceTest.class.getResourceAsStream("/magento/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
