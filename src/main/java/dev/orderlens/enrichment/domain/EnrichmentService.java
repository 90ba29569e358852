package dev.orderlens.enrichment.domain;

import dev.orderlens.customer.domain.Priority;
import dev.orderlens.intake.domain.Intent;
import dev.orderlens.intake.domain.Ticket;
import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderFinder;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderReferenceExtractor;
import dev.orderlens.order.domain.OrderSearchResult;
import dev.orderlens.privacy.domain.ContactRole;
import dev.orderlens.tracking.domain.Shipment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a ticket into its {@link Enrichment}: finds the orders it is about, follows their parcels,
 * and writes the agent's note, tags and flags. It never fails because a shop is down: that becomes
 * the {@code ORDER_SOURCE_UNAVAILABLE} flag.
 */
@ApplicationScoped
public class EnrichmentService {

  public static final String FLAG_ORDER_SOURCE_UNAVAILABLE = "ORDER_SOURCE_UNAVAILABLE";
  public static final String FLAG_NO_ORDER_FOUND = "NO_ORDER_FOUND";

  private OrderFinder orderFinder;

  /** For CDI's client proxy only. */
  protected EnrichmentService() {}

  @Inject
  public EnrichmentService(OrderFinder orderFinder) {
    this.orderFinder = orderFinder;
  }

  public Enrichment enrich(Ticket ticket) {
    List<OrderNumber> numbers = OrderReferenceExtractor.extract(ticket.subject(), ticket.body());
    OrderSearchResult search = orderFinder.find(numbers, ticket.requester().email());
    List<Order> orders = search.orders();

    List<String> flags = new ArrayList<>();
    if (search.anySourceUnavailable()) {
      flags.add(FLAG_ORDER_SOURCE_UNAVAILABLE);
    }
    if (orders.isEmpty()) {
      flags.add(FLAG_NO_ORDER_FOUND);
    }
    List<Shipment> shipments = shipmentsOf(orders);
    List<String> remarks = new ArrayList<>();
    if (search.anySourceUnavailable()) {
      remarks.add(
          "Could not reach store(s) "
              + String.join(", ", search.unavailableStores())
              + "; the order details may be incomplete.");
    }
    AgentNote note = NoteWriter.write(orders, shipments, flags, remarks);
    return new Enrichment(
        ticket.id(),
        null,
        List.of(Intent.OTHER),
        orders,
        shipments,
        null,
        ContactRole.UNVERIFIED,
        null,
        flags,
        tags(orders, flags),
        note,
        Priority.NORMAL);
  }

  private static List<Shipment> shipmentsOf(List<Order> orders) {
    List<Shipment> shipments = new ArrayList<>();
    for (Order order : orders) {
      for (Fulfilment fulfilment : order.fulfilments()) {
        if (fulfilment.trackingNumber() != null
            && shipments.stream()
                .noneMatch(s -> s.trackingNumber().equals(fulfilment.trackingNumber()))) {
          shipments.add(
              new Shipment(
                  fulfilment.trackingNumber(),
                  fulfilment.carrier(),
                  List.of(),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of()));
        }
      }
    }
    return shipments;
  }

  private static List<String> tags(List<Order> orders, List<String> flags) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add("orderlens");
    tags.add(orders.isEmpty() ? "orderlens_no_order" : "orderlens_order_found");
    orders.stream()
        .findFirst()
        .ifPresent(o -> tags.add("order_" + o.status().name().toLowerCase(Locale.ROOT)));
    flags.forEach(flag -> tags.add("orderlens_" + flag.toLowerCase(Locale.ROOT)));
    return List.copyOf(tags);
  }
}
