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

  /** Hears that a store could not answer, and why, e.g. to show it to the admin. */
  @FunctionalInterface
  public interface Failures {
    void failed(String store, RuntimeException failure);
  }

  private final OrderSource shop;
  private final Failures failures;

  public UnavailableWhenFailingOrderSource(OrderSource shop) {
    this(shop, (store, failure) -> {});
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
      failures.failed(shop.store(), e);
      throw e instanceof OrderSourceUnavailableException unavailable
          ? unavailable
          : new OrderSourceUnavailableException(shop.store(), e);
    }
  }
}
