package dev.orderlens.order.infrastructure.shopify;

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

class ShopifyCatalogSourceTest {
  private static final String GRAPHQL = "/admin/api/2025-01/graphql.json";

  private static final String VARIANT =
      """
      {"data": {"shop": {"currencyCode": "EUR"}, "productVariants": {"nodes": [
        {"sku": "CHAIR-OAK", "price": "119.90", "inventoryQuantity": 0, "availableForSale": false,
         "product": {"title": "Oak reading chair", "productType": "Chairs",
           "onlineStoreUrl": "https://shop.example.com/products/oak-reading-chair",
           "collections": {"nodes": [{"id": "gid://shopify/Collection/841"}]}}}]}}}
      """;

  private static final String PRODUCTS =
      """
      {"data": {"shop": {"currencyCode": "EUR"}, "products": {"nodes": [
        {"title": "Oak reading chair", "productType": "Chairs", "onlineStoreUrl": null,
         "collections": {"nodes": [{"id": "gid://shopify/Collection/841"}]},
         "variants": {"nodes": [{"sku": "CHAIR-OAK", "title": "Natural", "price": "119.90",
           "inventoryQuantity": 0, "availableForSale": false}]}},
        {"title": "Ash reading chair", "productType": "Chairs",
         "onlineStoreUrl": "https://shop.example.com/products/ash-reading-chair",
         "collections": {"nodes": [{"id": "gid://shopify/Collection/841"}]},
         "variants": {"nodes": [
           {"sku": "CHAIR-ASH-WHITE", "title": "White", "price": "109.90",
            "inventoryQuantity": 4, "availableForSale": true},
           {"sku": "CHAIR-ASH-BLACK", "title": "Black", "price": "129.90",
            "inventoryQuantity": 0, "availableForSale": false}]}},
        {"title": "Walnut armchair", "productType": "Chairs", "onlineStoreUrl": null,
         "collections": {"nodes": []},
         "variants": {"nodes": [{"sku": "ARMCHAIR-WALNUT", "title": "Default Title",
           "price": "249.00", "inventoryQuantity": 2, "availableForSale": true}]}}]}}}
      """;

  private WireMockServer shopify;
  private CatalogSource catalog;

  @BeforeEach
  void start() {
    shopify = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    shopify.start();
    ShopifyGateway gateway = new ShopifyGateway();
    gateway.apiVersion = "2025-01";
    catalog =
        new OneStoreCatalog(
            "eu",
            new ShopifyCatalogSource(
                new StoreConfig("eu", "shopify", URI.create(shopify.baseUrl()), "shpat_test"),
                gateway));
  }

  @AfterEach
  void stop() {
    shopify.stop();
  }

  private void answer(String queryPart, String body) {
    shopify.stubFor(
        post(urlEqualTo(GRAPHQL))
            .withRequestBody(matchingJsonPath("$.query", containing(queryPart)))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void offersInStockVariantsOfTheSameProductTypeClosestInPriceFirst() {
    answer("productVariants", VARIANT);
    answer("products(", PRODUCTS);

    List<CatalogItem> offered = catalog.inStockAlternatives("eu", "CHAIR-OAK", 3);

    assertEquals(
        List.of("CHAIR-ASH-WHITE", "ARMCHAIR-WALNUT"),
        offered.stream().map(CatalogItem::sku).toList());
    assertEquals("Ash reading chair - White", offered.get(0).name());
    assertEquals(Money.of("109.90", "EUR"), offered.get(0).price());
    shopify.verify(
        postRequestedFor(urlEqualTo(GRAPHQL))
            .withRequestBody(
                matchingJsonPath(
                    "$.variables.query", equalTo("product_type:\"Chairs\" AND status:active"))));
  }

  @Test
  void anUnknownSkuHasNoAlternatives() {
    answer(
        "productVariants",
        "{\"data\": {\"shop\": {\"currencyCode\": \"EUR\"}, \"productVariants\": {\"nodes\": []}}}");

    assertTrue(catalog.inStockAlternatives("eu", "NOPE", 3).isEmpty());
  }

  @Test
  void anotherStoresSkuIsNotThisCataloguesBusiness() {
    assertTrue(catalog.inStockAlternatives("us", "CHAIR-OAK", 3).isEmpty());
    shopify.verify(0, postRequestedFor(urlEqualTo(GRAPHQL)));
  }

  @Test
  void aShopThatAnswers503LeavesTheCatalogueUnavailable() {
    shopify.stubFor(post(urlEqualTo(GRAPHQL)).willReturn(aResponse().withStatus(503)));

    assertThrows(
        CatalogUnavailableException.class, () -> catalog.inStockAlternatives("eu", "CHAIR-OAK", 3));
  }
}
