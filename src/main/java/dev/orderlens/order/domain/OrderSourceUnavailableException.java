package dev.orderlens.order.domain;

/** A shop platform could not be asked (down, slow, refusing): the enrichment goes on without it. */
public class OrderSourceUnavailableException extends RuntimeException {
  public OrderSourceUnavailableException(String store, Throwable cause) {
    super("Order source " + store + " is unavailable", cause);
  }

  public OrderSourceUnavailableException(String store, String reason) {
    super("Order source " + store + " is unavailable: " + reason);
  }
}
