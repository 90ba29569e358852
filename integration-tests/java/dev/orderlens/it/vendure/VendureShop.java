package dev.orderlens.it.vendure;

import java.net.URI;

/**
 * A running test shop: where it answers and its administrators. Orders are placed per test with
 * {@link LiveVendure#placeOrders()}, each set for customers of its own.
 *
 * @param baseUrl the server root, the URL a Vendure store is configured with in Orderlens
 * @param username the superadmin (may do anything)
 * @param readerUsername an administrator with only ReadOrder, ReadCustomer and ReadCatalog, what
 *     docs/stores/vendure.md asks shop owners to give Orderlens
 */
public record VendureShop(
    URI baseUrl, String username, String password, String readerUsername, String readerPassword) {

  /** An order placed through the Shop API: its code and the buyer's e-mail. */
  public record PlacedOrder(String code, String email) {}

  /**
   * One test's orders, for customers no other test has.
   *
   * @param giftOrder settled and shipped with DHL Express, bought by Anna Rossi for Giulia Verdi
   * @param dropShipOrder Anna's second order, payment authorized; its Orchid is drop-shipped by
   *     Green Thumb Nurseries
   * @param unpaidOrder Ben Carter's order, still arranging payment
   */
  public record PlacedOrders(
      PlacedOrder giftOrder, PlacedOrder dropShipOrder, PlacedOrder unpaidOrder) {}

  public URI adminApiUrl() {
    return baseUrl.resolve("/admin-api");
  }

  public URI shopApiUrl() {
    return baseUrl.resolve("/shop-api");
  }

  /** The store token for Orderlens ("username:password") of the least-privileged reader. */
  public String storeToken() {
    return readerUsername + ":" + readerPassword;
  }

  /** The store token for Orderlens of the superadmin. */
  public String superadminToken() {
    return username + ":" + password;
  }

  public int port() {
    return baseUrl.getPort();
  }
}
