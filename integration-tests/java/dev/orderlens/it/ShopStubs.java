package dev.orderlens.it;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The WireMock-played shops of the IT configuration (Shopify, WooCommerce, Magento 2, all on the
 * one WireMock port): by default they know none of the orders asked for; a test adds the gift order
 * it needs, in the vendor's documented shape (the unit tests' recorded payloads), under a number
 * and buyer of its own, dated relative to the test clock.
 */
final class ShopStubs {
  private ShopStubs() {}

  /** Every shop answers "no such order" unless a test says otherwise. */
  static void noOrders(WireMockServer shops) {
    shops.stubFor(
        post(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .atPriority(100)
            .willReturn(okJson("{\"data\":{\"orders\":{\"nodes\":[]}}}")));
    shops.stubFor(
        get(urlPathEqualTo("/wp-json/wc/v3/orders")).atPriority(100).willReturn(okJson("[]")));
    shops.stubFor(
        get(urlPathEqualTo("/wp-json/wc/v3/products")).atPriority(100).willReturn(okJson("[]")));
    shops.stubFor(
        get(urlMatching("/wp-json/wc/v3/settings/general/.*"))
            .atPriority(100)
            .willReturn(okJson("{\"id\":\"woocommerce_currency\",\"value\":\"EUR\"}")));
    String none = "{\"items\":[],\"search_criteria\":{},\"total_count\":0}";
    shops.stubFor(get(urlPathEqualTo("/rest/V1/orders")).atPriority(100).willReturn(okJson(none)));
    shops.stubFor(
        get(urlPathEqualTo("/rest/V1/shipments")).atPriority(100).willReturn(okJson(none)));
  }

  /** WooCommerce knows the gift order {@code number} bought by {@code buyer} for Giulia Verdi. */
  static void wooCommerceGiftOrder(WireMockServer shops, String number, String buyer) {
    shops.stubFor(
        get(urlMatching("/wp-json/wc/v3/orders\\?.*search=" + number + ".*"))
            .atPriority(1)
            .willReturn(
                okJson(
                    dated(resource("/woocommerce/orders-response.json"))
                        .replace("\"number\": \"727\"", "\"number\": \"" + number + "\"")
                        .replace("anna.rossi@example.com", buyer))));
  }

  /** Magento knows the gift order {@code number} bought by {@code buyer} for Giulia Verdi. */
  static void magentoGiftOrder(WireMockServer shops, String number, String buyer) {
    shops.stubFor(
        get(urlMatching("/rest/V1/orders\\?.*" + number + ".*"))
            .atPriority(1)
            .willReturn(
                okJson(
                    dated(resource("/magento/orders-response.json"))
                        .replace("000000127", number)
                        .replace("anna.rossi@example.com", buyer))));
  }

  /** The recorded payloads' dates (late November 2026) moved to the days before today. */
  private static String dated(String payload) {
    String out = payload;
    for (int day = 30; day >= 10; day--) {
      out = out.replace("2026-11-" + day, TestClock.daysAgo(Math.max(1, 30 - day)));
    }
    return out;
  }

  private static String resource(String path) {
    try (InputStream in = ShopStubs.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
