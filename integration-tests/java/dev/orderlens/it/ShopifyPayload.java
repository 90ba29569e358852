package dev.orderlens.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shopify Admin GraphQL answers, shaped like Shopify's documentation, with a chosen order name. */
final class ShopifyPayload {
  private ShopifyPayload() {}

  static String orderNamed(String number) {
    try (InputStream in =
        ShopifyPayload.class.getResourceAsStream("/shopify/orders-response.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("#1001", "#" + number);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
