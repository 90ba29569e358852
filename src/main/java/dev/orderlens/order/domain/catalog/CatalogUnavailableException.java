package dev.orderlens.order.domain.catalog;

/** A store's catalogue could not be asked: the agent gets no alternatives, nothing else fails. */
public class CatalogUnavailableException extends RuntimeException {
  public CatalogUnavailableException(String store, Throwable cause) {
    super("Catalogue of " + store + " is unavailable", cause);
  }
}
