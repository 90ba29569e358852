package dev.orderlens.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class UnavailableWhenFailingOrderSourceTest {

  private final List<String> heard = new ArrayList<>();

  private OrderSource failingWith(RuntimeException failure) {
    OrderSource shop =
        new OrderSource() {
          @Override
          public String store() {
            return "de-shop";
          }

          @Override
          public Optional<Order> findByNumber(OrderNumber number) {
            throw failure;
          }

          @Override
          public List<Order> findByCustomerEmail(String email) {
            throw failure;
          }
        };
    return new UnavailableWhenFailingOrderSource(
        shop, (store, thrown) -> heard.add(store + ": " + thrown.getClass().getSimpleName()));
  }

  @Test
  void anyFailureOfTheShopReadsAsThisStoreBeingUnavailable() {
    OrderSource source = failingWith(new IllegalStateException("unreadable answer"));

    assertThrows(
        OrderSourceUnavailableException.class, () -> source.findByNumber(OrderNumber.of("1001")));
    assertThrows(
        OrderSourceUnavailableException.class,
        () -> source.findByCustomerEmail("anna@example.com"));
    assertEquals(
        List.of("de-shop: IllegalStateException", "de-shop: IllegalStateException"), heard);
  }

  @Test
  void theFailureItselfIsPassedToWhoeverListens() {
    failingWithReason(new CircuitBreakerOpenException("open"));
    failingWithReason(new TimeoutException("took 2 s"));

    assertEquals(
        List.of("de-shop: CircuitBreakerOpenException", "de-shop: TimeoutException"), heard);
  }

  @Test
  void aFailureAlreadySayingUnavailableIsPassedOnAsItIs() {
    OrderSourceUnavailableException already =
        new OrderSourceUnavailableException("de-shop", "refused");

    OrderSourceUnavailableException thrown =
        assertThrows(
            OrderSourceUnavailableException.class,
            () -> failingWith(already).findByNumber(OrderNumber.of("1001")));

    assertSame(already, thrown);
  }

  private void failingWithReason(RuntimeException failure) {
    assertThrows(
        OrderSourceUnavailableException.class,
        () -> failingWith(failure).findByNumber(OrderNumber.of("7")));
  }
}
