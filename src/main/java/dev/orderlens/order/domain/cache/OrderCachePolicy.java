package dev.orderlens.order.domain.cache;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Time-to-live rules for cached orders. An order still moving (paid, shipping) changes by the hour,
 * so it is kept briefly; a settled one (delivered, cancelled, refunded) hardly changes and is kept
 * long; "no such order" is kept very briefly, because the customer may have just placed it. When
 * the shop cannot answer, a stale copy up to {@code staleIfUnavailable} old beats no answer.
 */
public record OrderCachePolicy(
    Duration inFlight, Duration settled, Duration notFound, Duration staleIfUnavailable) {

  /**
   * 5 minutes in flight, 24 hours settled, 1 minute not found, 24 hours stale if the shop is down.
   */
  public static final OrderCachePolicy DEFAULTS =
      new OrderCachePolicy(
          Duration.ofMinutes(5), Duration.ofHours(24), Duration.ofMinutes(1), Duration.ofHours(24));

  public OrderCachePolicy {
    for (Duration d : new Duration[] {inFlight, settled, notFound, staleIfUnavailable}) {
      Objects.requireNonNull(d, "durations");
      if (d.isNegative()) {
        throw new IllegalArgumentException("A time-to-live cannot be negative");
      }
    }
  }

  public Duration ttlFor(Order order) {
    OrderStatus status = order.status();
    boolean isSettled =
        status == OrderStatus.DELIVERED
            || status == OrderStatus.CANCELLED
            || status == OrderStatus.REFUNDED;
    return isSettled ? settled : inFlight;
  }

  /** Whether an order cached at {@code cachedAt} may still be served without asking the shop. */
  public boolean isFresh(Order order, Instant cachedAt, Instant now) {
    return !now.isAfter(cachedAt.plus(ttlFor(order)));
  }

  /** Whether a cached "not found" may still be trusted. */
  public boolean isNotFoundFresh(Instant cachedAt, Instant now) {
    return !now.isAfter(cachedAt.plus(notFound));
  }

  /** Whether a copy may stand in for a shop that cannot answer right now. */
  public boolean usableWhileUnavailable(Instant cachedAt, Instant now) {
    return !now.isAfter(cachedAt.plus(staleIfUnavailable));
  }
}
