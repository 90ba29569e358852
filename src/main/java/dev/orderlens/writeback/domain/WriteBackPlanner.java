package dev.orderlens.writeback.domain;

import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.order.domain.Order;
import dev.orderlens.ticket.domain.OrderlensMarker;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides what goes back into the ticket from an enrichment: its tags, its note, the fields and the
 * priority. Each gateway marks the note as Orderlens' own ({@link OrderlensMarker}) in the form its
 * helpdesk keeps. The enrichment has already passed the disclosure policy, so nothing here can
 * reveal more than it.
 */
public final class WriteBackPlanner {

  private WriteBackPlanner() {}

  public static TicketUpdate plan(Enrichment enrichment) {
    String text = enrichment.note() == null ? "" : enrichment.note().text();
    String html = enrichment.note() == null ? "" : enrichment.note().html();
    return new TicketUpdate(
        enrichment.ticketId(),
        enrichment.tags(),
        text,
        html,
        null,
        fields(enrichment),
        enrichment.priority() == null ? null : enrichment.priority().name());
  }

  static Map<String, String> fields(Enrichment enrichment) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (!enrichment.orders().isEmpty()) {
      Order order = enrichment.orders().get(0);
      fields.put("orderlens_order_number", order.number().value());
      fields.put("orderlens_order_status", order.status().name());
      fields.put("orderlens_store", order.store());
    }
    if (enrichment.contactRole() != null) {
      fields.put("orderlens_contact_role", enrichment.contactRole().name());
    }
    if (enrichment.language() != null) {
      fields.put("orderlens_language", enrichment.language());
    }
    if (!enrichment.intents().isEmpty()) {
      fields.put("orderlens_intent", enrichment.intents().get(0).name());
    }
    if (enrichment.customer() != null && enrichment.customer().tier() != null) {
      fields.put("orderlens_customer_tier", enrichment.customer().tier());
    }
    if (enrichment.flags().contains("GIFT_ORDER")) {
      fields.put("orderlens_gift_order", "true");
    }
    if (!enrichment.shipments().isEmpty()) {
      fields.put("orderlens_tracking_number", enrichment.shipments().get(0).trackingNumber());
    }
    return fields;
  }
}
