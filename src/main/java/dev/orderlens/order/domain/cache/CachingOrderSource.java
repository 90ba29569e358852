package dev.orderlens.order.domain.cache;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSourceUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A shop's order source behind the cache: a fresh stored answer is served without asking the shop
 * (so a repeated ticket makes no upstream call), and while the shop cannot answer a stale one
 * within {@link OrderCachePolicy#staleIfUnavailable()} stands in for it.
 */
public final class CachingOrderSource implements OrderSource {
  static final String BY_NUMBER = "number";
  static final String BY_EMAIL = "email";

  private final OrderSource shop;
  private final OrderCache cache;
  private final OrderCachePolicy policy;
  private final Clock clock;

  public CachingOrderSource(
      OrderSource shop, OrderCache cache, OrderCachePolicy policy, Clock clock) {
    this.shop = shop;
    this.cache = cache;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public String store() {
    return shop.store();
  }

  @Override
  public Optional<Order> findByNumber(OrderNumber number) {
    return lookup(BY_NUMBER, number.value(), () -> shop.findByNumber(number).stream().toList())
        .stream()
        .findFirst();
  }

  @Override
  public List<Order> findByCustomerEmail(String email) {
    return lookup(
        BY_EMAIL, email.strip().toLowerCase(Locale.ROOT), () -> shop.findByCustomerEmail(email));
  }

  private List<Order> lookup(String kind, String key, Supplier<List<Order>> ask) {
    Instant now = clock.instant();
    Optional<OrderCache.Entry> stored = cache.get(store(), kind, key);
    if (stored.isPresent() && fresh(stored.get(), now)) {
      return stored.get().orders();
    }
    try {
      List<Order> answer = ask.get();
      cache.put(store(), kind, key, answer, now);
      return answer;
    } catch (OrderSourceUnavailableException e) {
      if (stored.isPresent() && policy.usableWhileUnavailable(stored.get().cachedAt(), now)) {
        return stored.get().orders();
      }
      throw e;
    }
  }

  private boolean fresh(OrderCache.Entry entry, Instant now) {
    if (entry.orders().isEmpty()) {
      return policy.isNotFoundFresh(entry.cachedAt(), now);
    }
    return entry.orders().stream().allMatch(o -> policy.isFresh(o, entry.cachedAt(), now));
  }
}
