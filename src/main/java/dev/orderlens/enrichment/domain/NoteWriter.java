package dev.orderlens.enrichment.domain;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.Party;
import dev.orderlens.privacy.domain.ContactRole;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.story.ShipmentStory;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the internal note an agent reads: one block per order (status, items, buyer and recipient
 * apart, tracking), then the flags. The HTML form is the same text, escaped, one paragraph a line.
 */
public final class NoteWriter {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private NoteWriter() {}

  /**
   * @param warnings the lines an agent must read first (a gift order's contact rule)
   * @param role who is writing; for an unverified contact the note says nothing about whether an
   *     order exists (but a warning may: a gift order's rule binds whoever writes)
   */
  public static AgentNote write(
      List<String> warnings,
      List<Order> orders,
      List<ShipmentStory> stories,
      List<String> flags,
      List<String> remarks,
      ContactRole role) {
    List<String> lines = new ArrayList<>(warnings);
    if (orders.isEmpty() && role != ContactRole.UNVERIFIED) {
      lines.add("No order found for this ticket.");
    }
    for (Order order : orders) {
      lines.addAll(orderBlock(order));
    }
    for (ShipmentStory story : stories) {
      lines.addAll(parcelBlock(story));
    }
    lines.addAll(remarks);
    if (!flags.isEmpty()) {
      lines.add("Flags: " + String.join(", ", flags));
    }
    String text = String.join("\n", lines);
    String html = lines.stream().map(l -> "<p>" + escape(l) + "</p>").collect(Collectors.joining());
    return new AgentNote(text, html);
  }

  private static List<String> orderBlock(Order order) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Order #"
            + order.number()
            + " ("
            + order.store()
            + "): "
            + words(order.status().name())
            + ", payment "
            + words(order.paymentState().name())
            + ", placed "
            + DAY.format(order.placedAt())
            + (order.promisedTo() == null ? "" : ", promised by " + order.promisedTo())
            + ".");
    for (OrderLine line : order.lines()) {
      lines.add(
          "- "
              + line.quantity()
              + " × "
              + (line.name() == null ? "item" : line.name())
              + (line.sku() == null ? "" : " (SKU " + line.sku() + ")")
              + (line.unitPrice() == null ? "" : ", " + line.unitPrice() + " each"));
    }
    if (order.total() != null) {
      lines.add("Total: " + order.total() + ".");
    }
    lines.add("Buyer: " + describe(order.buyer()) + ".");
    Party shipTo = order.recipient().person();
    Address address = order.recipient().address();
    lines.add("Ships to: " + describe(shipTo) + (address == null ? "" : place(address)) + ".");
    for (Fulfilment fulfilment : order.fulfilments()) {
      if (fulfilment.trackingNumber() != null) {
        lines.add(
            "Tracking: "
                + fulfilment.trackingNumber()
                + carrierSuffix(fulfilment.carrier())
                + (fulfilment.shippedAt() == null
                    ? ""
                    : ", shipped " + DAY.format(fulfilment.shippedAt()))
                + ".");
      }
    }
    return lines;
  }

  /** The parcel's story: carrier, status, last event, ETA and delay, and any suspicion. */
  private static List<String> parcelBlock(ShipmentStory story) {
    Shipment s = story.shipment();
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder("Parcel " + s.trackingNumber());
    line.append(carrierSuffix(s.carrier()));
    if (s.status() != TrackingStatus.UNKNOWN) {
      line.append(": ").append(words(s.status().name()));
      if (s.subStatus() != null) {
        line.append(" (").append(s.subStatus()).append(")");
      }
    }
    if (s.lastEvent() != null) {
      line.append("; last event: ").append(s.lastEvent());
    }
    if (s.eta() != null) {
      line.append("; ETA ").append(s.eta());
    }
    if (s.delayWorkingDays() != null && s.delayWorkingDays() > 0) {
      line.append("; ").append(s.delayWorkingDays()).append(" working day(s) late");
    }
    lines.add(line.append('.').toString());
    if (s.carrier() == null && s.carrierCandidates().size() > 1) {
      lines.add("  Possible carriers: " + String.join(", ", s.carrierCandidates()) + ".");
    }
    if (story.suspicion() != null && story.suspicion().isSuspicious()) {
      lines.add(
          "  Suspicious \"recipient absent\" attempt (score "
              + String.format(java.util.Locale.ROOT, "%.2f", story.suspicion().score())
              + "): "
              + String.join("; ", story.suspicion().explanations())
              + ".");
    }
    return lines;
  }

  private static String carrierSuffix(String carrier) {
    return carrier == null || carrier.isBlank() ? "" : " with " + carrier;
  }

  private static String describe(Party party) {
    if (party == null || (party.name() == null && party.email() == null)) {
      return "unknown";
    }
    if (party.name() == null) {
      return party.email();
    }
    return party.email() == null ? party.name() : party.name() + " <" + party.email() + ">";
  }

  static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** ", postcode city country" with what is known, or nothing when none of it is. */
  private static String place(Address address) {
    String known =
        java.util.stream.Stream.of(address.postcode(), address.city(), address.countryCode())
            .filter(part -> part != null && !part.isBlank())
            .collect(java.util.stream.Collectors.joining(" "));
    return known.isEmpty() ? "" : ", " + known;
  }
}
