package dev.orderlens.it.vendure;

import java.net.URI;

/**
 * A running test shop: where it answers, the superadmin Orderlens logs in as, and the orders placed
 * in it at start.
 *
 * @param baseUrl the server root, the URL a Vendure store is configured with in Orderlens
 * @param giftOrder settled and shipped with DHL Express, bought by Anna Rossi for Giulia Verdi
 * @param dropShipOrder payment authorized; its Orchid is drop-shipped by Green Thumb Nurseries
 * @param unpaidOrder Ben Carter's order, still arranging payment
 */
public record VendureShop(
    URI baseUrl,
    String username,
    String password,
    PlacedOrder giftOrder,
    PlacedOrder dropShipOrder,
    PlacedOrder unpaidOrder) {

  /** An order placed through the Shop API: its code and the buyer's e-mail. */
  public record PlacedOrder(String code, String email) {}

  public URI adminApiUrl() {
    return baseUrl.resolve("/admin-api");
  }

  public URI shopApiUrl() {
    return baseUrl.resolve("/shop-api");
  }

  /** The store token Orderlens expects for a Vendure store: "username:password". */
  public String storeToken() {
    return username + ":" + password;
  }

  public int port() {
    return baseUrl.getPort();
  }
}
