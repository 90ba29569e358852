package dev.orderlens.order.infrastructure.magento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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

/** Payloads shaped like Magento 2.4's {@code GET /V1/products} and {@code /V1/stockItems}. */
class MagentoCatalogSourceTest {
  private static final String FIELD = "searchCriteria[filter_groups][0][filters][0][field]";
  private static final String VALUE = "searchCriteria[filter_groups][0][filters][0][value]";

  private static final String ORIGINAL =
      """
      {"items": [{"id": 2041, "sku": "LAMP-BRASS", "name": "Brass desk lamp", "attribute_set_id": 12,
        "price": 27, "status": 1, "visibility": 4, "type_id": "simple",
        "extension_attributes": {"website_ids": [1],
          "category_links": [{"position": 0, "category_id": "41"}]},
        "custom_attributes": [{"attribute_code": "url_key", "value": "brass-desk-lamp"}]}],
       "search_criteria": {"filter_groups": [{"filters": [{"field": "sku", "value": "LAMP-BRASS",
         "condition_type": "eq"}]}], "page_size": 1}, "total_count": 1}
      """;

  private static final String CATEGORY =
      """
      {"items": [
        {"id": 2041, "sku": "LAMP-BRASS", "name": "Brass desk lamp", "attribute_set_id": 12,
         "price": 27, "status": 1, "type_id": "simple",
         "extension_attributes": {"category_links": [{"position": 0, "category_id": "41"}]}},
        {"id": 2042, "sku": "LAMP-STEEL", "name": "Steel desk lamp", "attribute_set_id": 12,
         "price": 29.5, "status": 1, "type_id": "simple",
         "extension_attributes": {"category_links": [{"position": 1, "category_id": "41"}]}},
        {"id": 2043, "sku": "LAMP-OAK", "name": "Oak desk lamp", "attribute_set_id": 12,
         "price": 45, "status": 1, "type_id": "simple",
         "extension_attributes": {"category_links": [{"position": 2, "category_id": "41"}]}},
        {"id": 2044, "sku": "LAMP-OLD", "name": "Old lamp", "attribute_set_id": 12,
         "price": 25, "status": 2, "type_id": "simple",
         "extension_attributes": {"category_links": [{"position": 3, "category_id": "41"}]}}],
       "total_count": 4}
      """;

  private WireMockServer magento;
  private CatalogSource catalog;

  @BeforeEach
  void start() {
    magento = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    magento.start();
    catalog =
        new OneStoreCatalog(
            "eu",
            new MagentoCatalogSource(
                new StoreConfig(
                    "eu", "magento", URI.create(magento.baseUrl()), "integration-token"),
                new MagentoGateway()));
    magento.stubFor(
        get(urlPathEqualTo("/rest/V1/products"))
            .withQueryParam(FIELD, equalTo("sku"))
            .withQueryParam(VALUE, equalTo("LAMP-BRASS"))
            .withHeader("Authorization", equalTo("Bearer integration-token"))
            .willReturn(okJson(ORIGINAL)));
    magento.stubFor(
        get(urlPathEqualTo("/rest/V1/products"))
            .withQueryParam(FIELD, equalTo("category_id"))
            .withQueryParam(VALUE, equalTo("41"))
            .willReturn(okJson(CATEGORY)));
    magento.stubFor(
        get(urlEqualTo("/rest/V1/directory/currency"))
            .willReturn(
                okJson(
                    "{\"base_currency_code\": \"EUR\", \"base_currency_symbol\": \"€\","
                        + " \"default_display_currency_code\": \"EUR\"}")));
    stock("LAMP-STEEL", 4, true);
    stock("LAMP-OAK", 0, false);
  }

  private void stock(String sku, int qty, boolean inStock) {
    magento.stubFor(
        get(urlEqualTo("/rest/V1/stockItems/" + sku))
            .willReturn(
                okJson(
                    "{\"item_id\": 9, \"product_id\": 2042, \"stock_id\": 1, \"qty\": "
                        + qty
                        + ", \"is_in_stock\": "
                        + inStock
                        + ", \"manage_stock\": true}")));
  }

  @AfterEach
  void stop() {
    magento.stop();
  }

  @Test
  void offersInStockEnabledProductsOfTheSameCategoryButNotTheItemItself() {
    List<CatalogItem> alternatives = catalog.inStockAlternatives("eu", "LAMP-BRASS", 3);

    assertEquals(List.of("LAMP-STEEL"), alternatives.stream().map(CatalogItem::sku).toList());
    assertEquals(Money.of("29.5", "EUR"), alternatives.get(0).price());
    assertEquals(4, alternatives.get(0).stock());
  }

  @Test
  void anotherStoresSkuIsNotThisCataloguesBusiness() {
    assertTrue(catalog.inStockAlternatives("us", "LAMP-BRASS", 3).isEmpty());
  }

  @Test
  void anUnknownSkuHasNoAlternatives() {
    magento.stubFor(
        get(urlPathEqualTo("/rest/V1/products"))
            .withQueryParam(VALUE, equalTo("NOPE"))
            .willReturn(okJson("{\"items\": [], \"total_count\": 0}")));

    assertTrue(catalog.inStockAlternatives("eu", "NOPE", 3).isEmpty());
  }

  @Test
  void aShopThatIsDownMakesTheCatalogueUnavailable() {
    magento.stubFor(
        get(urlPathEqualTo("/rest/V1/products"))
            .atPriority(1)
            .willReturn(aResponse().withStatus(503)));

    assertThrows(
        CatalogUnavailableException.class,
        () -> catalog.inStockAlternatives("eu", "LAMP-BRASS", 3));
  }
}
