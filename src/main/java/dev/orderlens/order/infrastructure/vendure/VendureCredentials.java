package dev.orderlens.order.infrastructure.vendure;

/**
 * The administrator Orderlens logs in as, configured as one secret "username:password" (the store's
 * token). The password may contain ':'; the username may not.
 */
record VendureCredentials(String username, String password) {

  static VendureCredentials of(String store, String token) {
    int colon = token == null ? -1 : token.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "The token of Vendure store " + store + " must be username:password");
    }
    return new VendureCredentials(token.substring(0, colon), token.substring(colon + 1));
  }

  @Override
  public String toString() {
    return "VendureCredentials[" + username + "]";
  }
}
