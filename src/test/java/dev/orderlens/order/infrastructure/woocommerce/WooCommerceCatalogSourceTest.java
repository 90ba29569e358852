package dev.orderlens.order.infrastructure.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.catalog.CatalogItem;
import dev.orderlens.order.domain.catalog.CatalogSource;
import dev.orderlens.order.domain.catalog.CatalogUnavailableException;
import dev.orderlens.order.domain.catalog.OneStoreCatalog;
import dev.orderlens.order.infrastructure.StoreConfig;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WooCommerceCatalogSourceTest {
  private static final String PRODUCTS = "/wp-json/wc/v3/products";

  private static final String ORIGINAL =
      """
      [{"id": 22, "name": "Linen cushion", "slug": "linen-cushion",
        "permalink": "https://shop.example.com/product/linen-cushion/", "type": "simple",
        "status": "publish", "sku": "CUSHION-LINEN-SAND", "price": "24.95",
        "regular_price": "24.95", "sale_price": "", "manage_stock": true, "stock_quantity": 0,
        "stock_status": "outofstock",
        "categories": [{"id": 15, "name": "Cushions", "slug": "cushions"}], "tags": []}]
      """;

  private static final String IN_STOCK =
      """
      [{"id": 31, "name": "Velvet cushion", "permalink": "https://shop.example.com/product/velvet-cushion/",
        "type": "simple", "status": "publish", "sku": "CUSHION-VELVET", "price": "39.00",
        "manage_stock": true, "stock_quantity": 6, "stock_status": "instock",
        "categories": [{"id": 15, "name": "Cushions", "slug": "cushions"}]},
       {"id": 32, "name": "Cotton cushion", "permalink": "https://shop.example.com/product/cotton-cushion/",
        "type": "simple", "status": "publish", "sku": "CUSHION-COTTON", "price": "22.50",
        "manage_stock": false, "stock_quantity": null, "stock_status": "instock",
        "categories": [{"id": 15, "name": "Cushions", "slug": "cushions"}]}]
      """;

  private WireMockServer woo;
  private CatalogSource catalog;

  @BeforeEach
  void start() {
    woo = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    woo.start();
    catalog =
        new OneStoreCatalog(
            "it",
            new WooCommerceCatalogSource(
                new StoreConfig("it", "woocommerce", URI.create(woo.baseUrl()), "ck_abc:cs_def"),
                new WooCommerceGateway()));
    woo.stubFor(
        get(urlPathEqualTo("/wp-json/wc/v3/settings/general/woocommerce_currency"))
            .willReturn(json("{\"id\": \"woocommerce_currency\", \"value\": \"EUR\"}")));
  }

  @AfterEach
  void stop() {
    woo.stop();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  @Test
  void offersInStockProductsOfTheSameCategoryClosestInPriceFirst() {
    woo.stubFor(
        get(urlPathEqualTo(PRODUCTS))
            .withQueryParam("sku", equalTo("CUSHION-LINEN-SAND"))
            .willReturn(json(ORIGINAL)));
    woo.stubFor(
        get(urlPathEqualTo(PRODUCTS))
            .withQueryParam("category", equalTo("15"))
            .withQueryParam("stock_status", equalTo("instock"))
            .willReturn(json(IN_STOCK)));

    List<CatalogItem> offered = catalog.inStockAlternatives("it", "CUSHION-LINEN-SAND", 3);

    assertEquals(
        List.of("CUSHION-COTTON", "CUSHION-VELVET"),
        offered.stream().map(CatalogItem::sku).toList());
    assertEquals(Money.of("22.50", "EUR"), offered.get(0).price());
    woo.verify(
        getRequestedFor(urlPathEqualTo(PRODUCTS)).withQueryParam("status", equalTo("publish")));
  }

  @Test
  void anUnknownSkuHasNoAlternatives() {
    woo.stubFor(get(urlPathEqualTo(PRODUCTS)).willReturn(json("[]")));

    assertTrue(catalog.inStockAlternatives("it", "NOPE", 3).isEmpty());
  }

  @Test
  void aShopThatAnswers503LeavesTheCatalogueUnavailable() {
    woo.stubFor(get(urlPathEqualTo(PRODUCTS)).willReturn(aResponse().withStatus(503)));

    assertThrows(
        CatalogUnavailableException.class,
        () -> catalog.inStockAlternatives("it", "CUSHION-LINEN-SAND", 3));
  }
}
