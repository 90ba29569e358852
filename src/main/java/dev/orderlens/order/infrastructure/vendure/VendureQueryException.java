package dev.orderlens.order.infrastructure.vendure;

/**
 * Vendure answered, but refused the login or the query: asking again at once will not help, so the
 * gateway does not retry it.
 */
public class VendureQueryException extends RuntimeException {
  VendureQueryException(String store, String reason) {
    super("Vendure store " + store + " refused the request: " + reason);
  }
}
