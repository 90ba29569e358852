package dev.orderlens.order.domain.cache;

import static dev.orderlens.order.domain.TestOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.order.domain.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderCachePolicyTest {
  private static final OrderCachePolicy POLICY = OrderCachePolicy.DEFAULTS;
  private static final Instant CACHED = Instant.parse("2026-11-25T10:00:00Z");

  @ParameterizedTest(name = "{0} is kept {1} minutes")
  @CsvSource({
    "PENDING_PAYMENT, 5",
    "PROCESSING, 5",
    "ON_HOLD, 5",
    "PARTIALLY_SHIPPED, 5",
    "SHIPPED, 5",
    "DELIVERED, 1440",
    "CANCELLED, 1440",
    "REFUNDED, 1440",
  })
  void settledOrdersAreKeptLongerThanOrdersStillMoving(OrderStatus status, long minutes) {
    assertEquals(Duration.ofMinutes(minutes), POLICY.ttlFor(order().status(status).build()));
  }

  @Test
  void anOrderInFlightIsFreshUpToItsTimeToLiveInclusive() {
    var order = order().build();

    assertTrue(POLICY.isFresh(order, CACHED, CACHED.plusSeconds(300)));
    assertFalse(POLICY.isFresh(order, CACHED, CACHED.plusSeconds(301)));
  }

  @Test
  void notFoundIsTrustedOnlyBriefly() {
    assertTrue(POLICY.isNotFoundFresh(CACHED, CACHED.plusSeconds(60)));
    assertFalse(POLICY.isNotFoundFresh(CACHED, CACHED.plusSeconds(61)));
  }

  @Test
  void aStaleCopyStandsInForAShopThatIsDownForADay() {
    assertTrue(POLICY.usableWhileUnavailable(CACHED, CACHED.plus(Duration.ofHours(24))));
    assertFalse(POLICY.usableWhileUnavailable(CACHED, CACHED.plus(Duration.ofHours(25))));
  }

  @Test
  void aNegativeTimeToLiveIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new OrderCachePolicy(
                Duration.ofMinutes(-1), Duration.ZERO, Duration.ZERO, Duration.ZERO));
  }
}
