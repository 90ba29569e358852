package dev.orderlens.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Shopify Admin GraphQL answers, shaped like Shopify's documentation, with a chosen order name and
 * buyer, dated relative to the test clock (placed six days ago, promised from yesterday to three
 * days ahead).
 */
final class ShopifyPayload {
  private ShopifyPayload() {}

  static String orderNamed(String number, String buyerEmail) {
    try (InputStream in =
        ShopifyPayload.class.getResourceAsStream("/shopify/orders-response.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("#1001", "#" + number)
          .replace("anna.rossi@example.com", buyerEmail)
          .replace("2026-11-18T10:15:42Z", TestClock.instantDaysAgo(6, "10:15:42"))
          .replace("2026-11-18T10:20:00Z", TestClock.instantDaysAgo(6, "10:20:00"))
          .replace("2026-11-19T16:02:11Z", TestClock.instantDaysAgo(5, "16:02:11"))
          .replace("\"2026-11-21\"", "\"" + TestClock.daysAgo(1) + "\"")
          .replace("\"2026-11-24\"", "\"" + TestClock.daysAhead(3) + "\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
