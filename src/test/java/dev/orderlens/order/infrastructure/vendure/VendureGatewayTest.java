package dev.orderlens.order.infrastructure.vendure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSourceUnavailableException;
import dev.orderlens.order.domain.UnavailableWhenFailingOrderSource;
import dev.orderlens.order.infrastructure.StoreConfig;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The login and session handling, against WireMock answers shaped like Vendure's. */
class VendureGatewayTest {
  private static final String CODE = "A8YHHEQMPA2N96PB";
  private static final String FORBIDDEN =
      "{\"errors\":[{\"message\":\"You are not currently authorized to perform this action\","
          + "\"path\":[\"orders\"],\"extensions\":{\"code\":\"FORBIDDEN\"}}],\"data\":null}";

  private WireMockServer vendure;
  private OrderSource source;

  @BeforeEach
  void start() {
    vendure = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    vendure.start();
    source =
        new UnavailableWhenFailingOrderSource(
            new VendureOrderSource(
                new StoreConfig(
                    "eu", "vendure", URI.create(vendure.baseUrl()), "orderlens:pass:with:colons"),
                new VendureGateway()));
  }

  @AfterEach
  void stop() {
    vendure.stop();
  }

  @Test
  void logsInWithTheStoreCredentialsAndQueriesWithTheBearerToken() throws IOException {
    login("token-1");
    answer("token-1", VendureOrderMapperTest.recorded("order-by-code-response.json"));

    assertTrue(source.findByNumber(OrderNumber.of(CODE)).isPresent());
    vendure.verify(
        postRequestedFor(urlEqualTo("/admin-api"))
            .withRequestBody(matchingJsonPath("$.variables.username", equalTo("orderlens")))
            .withRequestBody(
                matchingJsonPath("$.variables.password", equalTo("pass:with:colons"))));
    vendure.verify(
        postRequestedFor(urlEqualTo("/admin-api"))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withRequestBody(matchingJsonPath("$.variables.code", equalTo(CODE))));
  }

  @Test
  void aSessionVendureNoLongerKnowsIsRenewedOnce() throws IOException {
    login("token-1");
    answer("token-1", VendureOrderMapperTest.recorded("order-by-code-response.json"));
    source.findByNumber(OrderNumber.of(CODE));
    vendure.resetAll();
    login("token-2");
    answer("token-1", FORBIDDEN);
    answer("token-2", VendureOrderMapperTest.recorded("order-by-code-response.json"));

    assertTrue(source.findByNumber(OrderNumber.of(CODE)).isPresent());
    vendure.verify(
        1, postRequestedFor(urlEqualTo("/admin-api")).withRequestBody(containing("Login")));
  }

  @Test
  void theOrderQueryAsksOnlyForTheCustomFieldsTheShopDefined() throws IOException {
    login("token-1");
    answer("token-1", VendureOrderMapperTest.recorded("order-by-code-response.json"));
    vendure.stubFor(
        post(urlEqualTo("/admin-api"))
            .withRequestBody(containing("OrderlensCustomFields"))
            .willReturn(
                json(
                    "{\"data\":{\"order\":{\"fields\":[{\"name\":\"isGift\"}]},"
                        + "\"variant\":null}}")));

    source.findByNumber(OrderNumber.of(CODE));

    vendure.verify(
        postRequestedFor(urlEqualTo("/admin-api"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("OrderByCode")))
            .withRequestBody(matchingJsonPath("$.query", containing("customFields { isGift }")))
            .withRequestBody(
                matchingJsonPath("$.query", WireMock.notContaining("dropShipSupplier"))));
  }

  @Test
  void refusedCredentialsMakeTheShopUnavailable() {
    vendure.stubFor(
        post(urlEqualTo("/admin-api"))
            .withRequestBody(containing("Login"))
            .willReturn(
                json(
                    "{\"data\":{\"login\":{\"__typename\":\"InvalidCredentialsError\","
                        + "\"errorCode\":\"INVALID_CREDENTIALS_ERROR\"}}}")));

    assertThrows(
        OrderSourceUnavailableException.class, () -> source.findByNumber(OrderNumber.of(CODE)));
    assertEquals(1, vendure.findAll(postRequestedFor(urlEqualTo("/admin-api"))).size(), "no retry");
  }

  @Test
  void aShopAnswering503IsUnavailable() {
    vendure.stubFor(post(urlEqualTo("/admin-api")).willReturn(aResponse().withStatus(503)));

    assertThrows(
        OrderSourceUnavailableException.class,
        () -> source.findByCustomerEmail("anna.rossi@example.com"));
  }

  private void login(String token) {
    vendure.stubFor(
        post(urlEqualTo("/admin-api"))
            .withRequestBody(containing("Login"))
            .willReturn(
                json("{\"data\":{\"login\":{\"__typename\":\"CurrentUser\"}}}")
                    .withHeader(VendureGateway.TOKEN_HEADER, token)));
  }

  private void answer(String token, String body) {
    vendure.stubFor(
        post(urlEqualTo("/admin-api"))
            .withHeader("Authorization", equalTo("Bearer " + token))
            .willReturn(json(body)));
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }
}
