package dev.orderlens.order.application;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSearchResult;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSourceUnavailableException;
import dev.orderlens.order.domain.OrderSources;
import dev.orderlens.order.domain.ShopPlatform;
import dev.orderlens.order.domain.catalog.CatalogItem;
import dev.orderlens.order.domain.catalog.OutOfStockAlternatives;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the orders a ticket is about: first by the order numbers the customer wrote, in every
 * store; when none is found that way, by the requester's e-mail. A store that cannot answer is
 * reported, not fatal.
 */
@ApplicationScoped
public class OrderFinder {

  static final int MAX_ORDERS_BY_EMAIL = 3;

  private OrderSources sources;

  /** For CDI's client proxy only. */
  protected OrderFinder() {}

  @Inject
  public OrderFinder(OrderSources sources) {
    this.sources = sources;
  }

  public OrderSearchResult find(List<OrderNumber> numbers, String requesterEmail) {
    List<Order> found = new ArrayList<>();
    Set<String> unavailable = new LinkedHashSet<>();
    for (OrderSource source : sources.all()) {
      for (OrderNumber number : numbers) {
        try {
          source.findByNumber(number).ifPresent(order -> addOnce(found, order));
        } catch (OrderSourceUnavailableException e) {
          unavailable.add(source.store());
        }
      }
    }
    if (found.isEmpty() && requesterEmail != null && !requesterEmail.isBlank()) {
      for (OrderSource source : sources.all()) {
        if (unavailable.contains(source.store())) {
          continue;
        }
        try {
          source.findByCustomerEmail(requesterEmail).stream()
              .limit(MAX_ORDERS_BY_EMAIL)
              .forEach(order -> addOnce(found, order));
        } catch (OrderSourceUnavailableException e) {
          unavailable.add(source.store());
        }
      }
    }
    found.sort((a, b) -> b.placedAt().compareTo(a.placedAt()));
    return new OrderSearchResult(found, List.copyOf(unavailable));
  }

  private static void addOnce(List<Order> found, Order order) {
    if (found.stream().noneMatch(order::sameOrderAs)) {
      found.add(order);
    }
  }

  /** The buyer's orders in every store that answers, for valuing the customer. */
  public List<Order> customerHistory(String email) {
    if (email == null || email.isBlank()) {
      return List.of();
    }
    List<Order> history = new ArrayList<>();
    for (OrderSource source : sources.all()) {
      try {
        source.findByCustomerEmail(email).forEach(order -> addOnce(history, order));
      } catch (OrderSourceUnavailableException e) {
        // valued on what the other stores know
      }
    }
    return history;
  }

  /** The platform the order's store runs on, for platform-specific advice such as cancelling. */
  public ShopPlatform platformOf(Order order) {
    return sources.platformOf(order.store());
  }

  /** In-stock alternatives for the order's lines its source has no stock of (up to 3 each). */
  public Map<OrderLine, List<CatalogItem>> alternatives(Order order) {
    return OutOfStockAlternatives.forOrder(order, sources.catalog());
  }
}
