package dev.orderlens.enrichment.domain;

import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.customer.domain.CustomerProfile;
import dev.orderlens.customer.domain.Priority;
import dev.orderlens.order.domain.Order;
import dev.orderlens.privacy.domain.ContactRole;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.understanding.domain.Intent;
import java.util.List;

/**
 * Everything Orderlens learned about one ticket. It is what the webhook answers, what is written
 * back into the ticket, and what is stored with the event so a redelivery gets the same answer.
 * Orders in it have already passed the disclosure policy.
 */
public record Enrichment(
    String ticketId,
    String language,
    List<Intent> intents,
    List<Order> orders,
    List<Shipment> shipments,
    CustomerProfile customer,
    ContactRole contactRole,
    CourierComplaint courierComplaint,
    List<String> flags,
    List<String> tags,
    AgentNote note,
    Priority priority) {

  public Enrichment {
    intents = intents == null ? List.of() : List.copyOf(intents);
    orders = orders == null ? List.of() : List.copyOf(orders);
    shipments = shipments == null ? List.of() : List.copyOf(shipments);
    flags = flags == null ? List.of() : List.copyOf(flags);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
