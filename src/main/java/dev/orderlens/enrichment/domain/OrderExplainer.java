package dev.orderlens.enrichment.domain;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.ShopPlatform;
import dev.orderlens.order.domain.cancel.CancelVerdict;
import dev.orderlens.order.domain.cancel.CancellationPolicy;
import dev.orderlens.order.domain.catalog.CatalogItem;
import dev.orderlens.order.domain.delay.CarrierView;
import dev.orderlens.order.domain.delay.DelayDiagnosis;
import dev.orderlens.order.domain.delay.LatenessPolicy;
import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.story.ShipmentStory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Explains an order the way an agent needs it: why it is late (one root cause, in words the agent
 * can repeat), whether it can still be cancelled and how, and what is in stock instead of a missing
 * item. Pure: the caller passes today, the parcels' stories, the platform and the alternatives it
 * found.
 */
public final class OrderExplainer {

  /** What the agent reads about one order, and the tags that follow from it. */
  public record Explanation(List<String> lines, List<String> tags) {}

  private OrderExplainer() {}

  public static Explanation explain(
      Order order,
      LocalDate today,
      List<ShipmentStory> stories,
      ShopPlatform platform,
      Map<OrderLine, List<CatalogItem>> alternatives,
      boolean buyer) {
    List<String> lines = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    DelayDiagnosis delay = LatenessPolicy.diagnose(order, today, carrierView(order, stories));
    if (delay.late()) {
      lines.add("Why late: " + delay.sentence());
      tags.add(delay.cause().tag());
    }
    if (buyer) {
      CancelVerdict cancel = CancellationPolicy.decide(order, platform);
      lines.add(
          (cancel.cancellable() ? "Can be cancelled now: " : "Cannot be cancelled now: ")
              + cancel.reason()
              + (cancel.howTo() == null ? "" : " " + cancel.howTo()));
      tags.add(cancel.cancellable() ? "cancellable" : "not_cancellable");
      alternatives.forEach(
          (line, items) ->
              lines.add(
                  "In stock instead of "
                      + (line.name() == null ? line.sku() : line.name())
                      + ": "
                      + items.stream()
                          .map(OrderExplainer::describe)
                          .collect(Collectors.joining("; "))
                      + "."));
    }
    return new Explanation(lines, tags);
  }

  private static String describe(CatalogItem item) {
    return item.name()
        + (item.sku() == null ? "" : " (SKU " + item.sku() + ")")
        + (item.price() == null ? "" : ", " + item.price());
  }

  /** The carrier's view of the order's parcels: the latest ETA, and any exception. */
  public static CarrierView carrierView(Order order, List<ShipmentStory> stories) {
    List<ShipmentStory> own =
        stories.stream()
            .filter(s -> order.trackingNumbers().contains(s.shipment().trackingNumber()))
            // Only what a tracking source reported is the carrier's view.
            .filter(s -> s.shipment().status() != TrackingStatus.UNKNOWN)
            .toList();
    List<Shipment> parcels = own.stream().map(ShipmentStory::shipment).toList();
    if (parcels.isEmpty()) {
      return null;
    }
    LocalDate eta =
        parcels.stream()
            .map(Shipment::eta)
            .filter(java.util.Objects::nonNull)
            .max(LocalDate::compareTo)
            .orElse(null);
    boolean exception = parcels.stream().anyMatch(p -> p.status() == TrackingStatus.EXCEPTION);
    // Another order's parcel in the same ticket says nothing about this order's address.
    boolean addressProblem =
        own.stream()
            .anyMatch(
                s ->
                    s.shipment().status() == TrackingStatus.EXCEPTION
                        && s.blame() == Blame.CONSIGNEE);
    return new CarrierView(eta, exception, addressProblem);
  }
}
