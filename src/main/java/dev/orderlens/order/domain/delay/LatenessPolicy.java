package dev.orderlens.order.domain.delay;

import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the one root cause of a late order, in this order of precedence: a carrier exception (an
 * address problem first), then stock problems on lines not yet shipped (they make the order late
 * whatever the date), then, once the promised date has passed, who still holds the unshipped lines
 * (drop-ship supplier before warehouse), then a carrier ETA after the promise. An order without a
 * promised date is only late for a reason that makes lateness certain. Pure: today is passed in.
 */
public final class LatenessPolicy {

  private LatenessPolicy() {}

  /** The diagnosis without a carrier view (no tracking yet, or the carrier cannot be asked). */
  public static DelayDiagnosis diagnose(Order order, LocalDate today) {
    return diagnose(order, today, null);
  }

  /**
   * @param carrier what the carrier says about the parcel, or null when there is no tracking view
   */
  public static DelayDiagnosis diagnose(Order order, LocalDate today, CarrierView carrier) {
    DelayWording words = new DelayWording(order, today);
    if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.REFUNDED) {
      return words.nothingToDeliver();
    }
    if (order.status() == OrderStatus.DELIVERED) {
      return words.delivered();
    }
    if (carrier != null && carrier.exception()) {
      return carrier.addressProblem() ? words.addressProblem() : words.carrierException();
    }
    List<OrderLine> waiting = waitingLines(order);
    Optional<OrderLine> outOfSync =
        waiting.stream().filter(l -> soldWithoutStock(order, l)).findFirst();
    if (outOfSync.isPresent()) {
      return words.stockOutOfSync(outOfSync.get());
    }
    Optional<OrderLine> supplierOut =
        waiting.stream().filter(l -> l.isDropShipped() && l.outOfStockAtSource()).findFirst();
    if (supplierOut.isPresent()) {
      return words.supplierOutOfStock(supplierOut.get());
    }
    LocalDate promise = order.promisedTo();
    boolean pastPromise = promise != null && today.isAfter(promise);
    if (pastPromise && !waiting.isEmpty()) {
      return waiting.stream()
          .filter(OrderLine::isDropShipped)
          .findFirst()
          .map(words::awaitingSupplier)
          .orElseGet(() -> words.awaitingWarehouse(waiting.get(0)));
    }
    boolean sent = !order.fulfilments().isEmpty() || order.status().hasShipped();
    if (sent && promise != null) {
      if (carrier != null && carrier.eta() != null && carrier.eta().isAfter(promise)) {
        return words.carrierDelay(carrier.eta());
      }
      if (pastPromise && waiting.isEmpty()) {
        return words.carrierDelay(carrier == null ? null : carrier.eta());
      }
    }
    return words.notLate();
  }

  /** The shop's stock figure for the line was older than the order and the source has none. */
  static boolean soldWithoutStock(Order order, OrderLine line) {
    return line.outOfStockAtSource()
        && line.stockCheckedAt() != null
        && line.stockCheckedAt().isBefore(order.placedAt());
  }

  /**
   * The lines not shipped yet: none once the shop marks the order shipped; those in no parcel when
   * parcels list their contents; otherwise every line.
   */
  static List<OrderLine> waitingLines(Order order) {
    if (order.status() == OrderStatus.SHIPPED) {
      return List.of();
    }
    List<String> sentSkus = new ArrayList<>();
    for (Fulfilment f : order.fulfilments()) {
      sentSkus.addAll(f.lineSkus());
    }
    if (sentSkus.isEmpty()) {
      return order.lines();
    }
    return order.lines().stream().filter(l -> !sentSkus.contains(l.sku())).toList();
  }
}
