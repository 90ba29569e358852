package dev.orderlens.enrichment.api;

import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.customer.domain.CustomerProfile;
import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.understanding.domain.Intent;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The webhook's answer: everything Orderlens learned about the ticket. The top-level fields are
 * stable and always present (null when unknown); see the README for each one.
 */
@Schema(name = "Enrichment")
@JsonbNillable
public record EnrichmentView(
    String ticketId,
    @Schema(description = "ISO 639-1 code of the ticket's language, or null when unknown")
        String language,
    @Schema(description = "What the customer wants; the first is the main one")
        List<String> intents,
    List<OrderView> orders,
    List<ShipmentView> shipments,
    CustomerView customer,
    ContactView contact,
    CourierComplaintView courierComplaint,
    List<String> flags,
    List<String> tags,
    NoteView note,
    @Schema(enumeration = {"LOW", "NORMAL", "HIGH", "URGENT"}) String priority) {

  public static EnrichmentView from(Enrichment e) {
    return new EnrichmentView(
        e.ticketId(),
        e.language(),
        e.intents().stream().map(Intent::name).toList(),
        e.orders().stream().map(OrderView::from).toList(),
        e.shipments().stream().map(ShipmentView::from).toList(),
        CustomerView.from(e.customer()),
        new ContactView(e.contactRole() == null ? null : e.contactRole().name()),
        CourierComplaintView.from(e.courierComplaint()),
        e.flags(),
        e.tags(),
        e.note() == null ? null : new NoteView(e.note().text(), e.note().html()),
        e.priority() == null ? null : e.priority().name());
  }

  /** Who is writing: BUYER, RECIPIENT or UNVERIFIED. */
  public record ContactView(String role) {}

  /** The internal note, as plain text and as HTML. */
  public record NoteView(String text, String html) {}

  /** The customer's value to the shop. */
  public record CustomerView(
      String tier,
      String lifetimeSpend,
      String currency,
      int orderCount,
      int refundCount,
      int disputeCount) {
    static CustomerView from(CustomerProfile p) {
      return p == null
          ? null
          : new CustomerView(
              p.tier(),
              p.lifetimeSpend() == null ? null : p.lifetimeSpend().toPlainString(),
              p.currency(),
              p.orderCount(),
              p.refundCount(),
              p.disputeCount());
    }
  }

  /** A complaint about the courier, or null. */
  public record CourierComplaintView(
      String category, double confidence, String carrier, String blame) {
    static CourierComplaintView from(CourierComplaint c) {
      return c == null
          ? null
          : new CourierComplaintView(
              c.category().name(), c.confidence(), c.carrier(), c.blame().name());
    }
  }

  /** A parcel and its story. */
  public record ShipmentView(
      String trackingNumber,
      String carrier,
      List<String> carrierCandidates,
      String status,
      String subStatus,
      String lastEvent,
      String eta,
      Integer delayWorkingDays,
      Double suspicionScore,
      List<String> suspicionSignals) {
    static ShipmentView from(Shipment s) {
      return new ShipmentView(
          s.trackingNumber(),
          s.carrier(),
          s.carrierCandidates(),
          s.status().name(),
          s.subStatus(),
          s.lastEvent(),
          s.eta() == null ? null : s.eta().toString(),
          s.delayWorkingDays(),
          s.suspicionScore(),
          s.suspicionSignals());
    }
  }
}
