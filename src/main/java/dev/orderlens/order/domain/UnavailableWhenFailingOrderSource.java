package dev.orderlens.order.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A shop's order source whose every failure reads as "this store cannot answer now" ({@link
 * OrderSourceUnavailableException}): a timeout, an open circuit, a refused token or an unreadable
 * answer cost the ticket this store's orders, never the whole enrichment. Vendor adapters just let
 * their failures through.
 */
public final class UnavailableWhenFailingOrderSource implements OrderSource {

  /** Hears why a store could not answer, e.g. to show it to the admin. */
  @FunctionalInterface
  public interface Failures {
    void failed(String store, String reason);
  }

  private final OrderSource shop;
  private final Failures failures;

  public UnavailableWhenFailingOrderSource(OrderSource shop) {
    this(shop, (store, reason) -> {});
  }

  public UnavailableWhenFailingOrderSource(OrderSource shop, Failures failures) {
    this.shop = shop;
    this.failures = failures;
  }

  @Override
  public String store() {
    return shop.store();
  }

  @Override
  public Optional<Order> findByNumber(OrderNumber number) {
    return guarded(() -> shop.findByNumber(number));
  }

  @Override
  public List<Order> findByCustomerEmail(String email) {
    return guarded(() -> shop.findByCustomerEmail(email));
  }

  private <T> T guarded(Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      failures.failed(shop.store(), reason(e));
      throw e instanceof OrderSourceUnavailableException unavailable
          ? unavailable
          : new OrderSourceUnavailableException(shop.store(), e);
    }
  }

  /**
   * Why, in words an admin reads: the kind of failure (an open circuit breaker, a timeout, no
   * connection), never the message, which may carry a URL with a token.
   */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String kind = e.getClass().getSimpleName() + "/" + root.getClass().getSimpleName();
    if (kind.contains("CircuitBreakerOpen")) {
      return "circuit breaker open";
    }
    if (kind.contains("Timeout")) {
      return "timeout";
    }
    if (kind.contains("Connect") || kind.contains("UnknownHost") || kind.contains("Processing")) {
      return "no connection";
    }
    return root.getClass().getSimpleName();
  }
}
