package dev.orderlens.order.infrastructure;

/**
 * A shop platform answered with a client error other than 404 (bad credentials, missing scope,
 * malformed filter): asking again will not help, so gateways do not retry it.
 */
public class StoreRefusedException extends RuntimeException {
  public StoreRefusedException(String store, int status) {
    super("Store " + store + " refused the request with HTTP " + status);
  }

  /** Whether an HTTP status is a refusal (4xx, not 404) rather than a failure worth a retry. */
  public static boolean isRefusal(int status) {
    return status >= 400 && status < 500 && status != 404 && status != 408 && status != 429;
  }
}
