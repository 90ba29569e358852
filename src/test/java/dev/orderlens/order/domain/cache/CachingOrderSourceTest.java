package dev.orderlens.order.domain.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSourceUnavailableException;
import dev.orderlens.order.domain.OrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachingOrderSourceTest {
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private final FakeShop shop = new FakeShop();
  private final InMemoryCache cache = new InMemoryCache();

  private CachingOrderSource at(Instant now) {
    return new CachingOrderSource(
        shop, cache, OrderCachePolicy.DEFAULTS, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static Order order(OrderStatus status) {
    return new Order(
        "eu",
        OrderNumber.of("1001"),
        status,
        null,
        T0.minus(Duration.ofDays(3)),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void aRepeatedLookupWithinTheTimeToLiveDoesNotAskTheShop() {
    shop.orders = List.of(order(OrderStatus.SHIPPED));

    at(T0).findByNumber(OrderNumber.of("1001"));
    Optional<Order> again = at(T0.plus(Duration.ofMinutes(4))).findByNumber(OrderNumber.of("1001"));

    assertTrue(again.isPresent());
    assertEquals(1, shop.calls);
  }

  @Test
  void anOrderInFlightIsAskedAgainAfterFiveMinutes() {
    shop.orders = List.of(order(OrderStatus.SHIPPED));

    at(T0).findByNumber(OrderNumber.of("1001"));
    at(T0.plus(Duration.ofMinutes(6))).findByNumber(OrderNumber.of("1001"));

    assertEquals(2, shop.calls);
  }

  @Test
  void aDeliveredOrderIsKeptForADay() {
    shop.orders = List.of(order(OrderStatus.DELIVERED));

    at(T0).findByNumber(OrderNumber.of("1001"));
    at(T0.plus(Duration.ofHours(23))).findByNumber(OrderNumber.of("1001"));

    assertEquals(1, shop.calls);
  }

  @Test
  void notFoundIsTrustedForOneMinuteOnly() {
    at(T0).findByNumber(OrderNumber.of("1001"));
    at(T0.plusSeconds(50)).findByNumber(OrderNumber.of("1001"));
    at(T0.plusSeconds(70)).findByNumber(OrderNumber.of("1001"));

    assertEquals(2, shop.calls);
  }

  @Test
  void aStaleCopyStandsInWhileTheShopIsDown() {
    shop.orders = List.of(order(OrderStatus.SHIPPED));
    at(T0).findByNumber(OrderNumber.of("1001"));
    shop.down = true;

    assertTrue(at(T0.plus(Duration.ofHours(2))).findByNumber(OrderNumber.of("1001")).isPresent());
    assertThrows(
        OrderSourceUnavailableException.class,
        () -> at(T0.plus(Duration.ofHours(25))).findByNumber(OrderNumber.of("1001")));
  }

  @Test
  void emailLookupsAreCachedCaseInsensitively() {
    shop.orders = List.of(order(OrderStatus.SHIPPED));

    at(T0).findByCustomerEmail("Anna@Example.com");
    at(T0.plusSeconds(10)).findByCustomerEmail("anna@example.com ");

    assertEquals(1, shop.calls);
  }

  private static final class FakeShop implements OrderSource {
    List<Order> orders = new ArrayList<>();
    boolean down;
    int calls;

    @Override
    public String store() {
      return "eu";
    }

    @Override
    public Optional<Order> findByNumber(OrderNumber number) {
      return findByCustomerEmail(number.value()).stream().findFirst();
    }

    @Override
    public List<Order> findByCustomerEmail(String email) {
      calls++;
      if (down) {
        throw new OrderSourceUnavailableException("eu", "down");
      }
      return orders;
    }
  }

  private static final class InMemoryCache implements OrderCache {
    private final Map<String, Entry> entries = new HashMap<>();

    @Override
    public Optional<Entry> get(String store, String kind, String key) {
      return Optional.ofNullable(entries.get(store + kind + key));
    }

    @Override
    public void put(String store, String kind, String key, List<Order> orders, Instant at) {
      entries.put(store + kind + key, new Entry(orders, at));
    }
  }
}
