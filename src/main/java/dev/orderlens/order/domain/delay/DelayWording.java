package dev.orderlens.order.domain.delay;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evidence and the customer-facing English sentence for each delay cause. Sentences state facts
 * and never promise what the agent has not decided (a refund, a new date).
 */
final class DelayWording {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Order order;
  private final LocalDate today;
  private final String ref;

  DelayWording(Order order, LocalDate today) {
    this.order = order;
    this.today = today;
    this.ref = "#" + order.number().value();
  }

  DelayDiagnosis nothingToDeliver() {
    return of(
        DelayCause.NOT_LATE,
        List.of("Order status is " + order.status()),
        "Your order "
            + ref
            + " was "
            + order.status().name().toLowerCase(Locale.ROOT)
            + ", so nothing is on its way.");
  }

  DelayDiagnosis delivered() {
    return of(
        DelayCause.NOT_LATE,
        List.of("The shop marks the order delivered"),
        "Your order " + ref + " shows as delivered.");
  }

  DelayDiagnosis addressProblem() {
    return of(
        DelayCause.ADDRESS_PROBLEM,
        evidence("Carrier reports an exception about the delivery address"),
        "The carrier could not deliver your parcel"
            + tracking()
            + " to the address given. Could you confirm the full delivery address?");
  }

  DelayDiagnosis carrierException() {
    return of(
        DelayCause.CARRIER_EXCEPTION,
        evidence("Carrier reports an exception with the parcel"),
        "The carrier has reported a problem with your parcel"
            + tracking()
            + ", and we are looking into it with them.");
  }

  DelayDiagnosis stockOutOfSync(OrderLine line) {
    return of(
        DelayCause.STOCK_OUT_OF_SYNC,
        evidence(
            line.sku()
                + ": stock at source "
                + line.stockAtSource()
                + ", last checked "
                + line.stockCheckedAt()
                + ", before the order was placed at "
                + order.placedAt()),
        "The "
            + line.name()
            + " in your order "
            + ref
            + " was already out of stock when you ordered it, although our shop still showed it"
            + " as available. We are sorry for the mix-up.");
  }

  DelayDiagnosis supplierOutOfStock(OrderLine line) {
    return of(
        DelayCause.SUPPLIER_OUT_OF_STOCK,
        evidence(
            line.sku() + ": supplier " + supplier(line) + " reports stock " + line.stockAtSource()),
        "The "
            + line.name()
            + " in your order "
            + ref
            + " ships directly from our supplier, who has run out of it, so it cannot ship until"
            + " they restock.");
  }

  DelayDiagnosis awaitingSupplier(OrderLine line) {
    return of(
        DelayCause.AWAITING_DROP_SHIP_SUPPLIER,
        evidence(
            line.sku()
                + ": drop-shipped by "
                + supplier(line)
                + ", not shipped yet"
                + (line.supplierOrderedAt() == null
                    ? ""
                    : "; ordered from the supplier at " + line.supplierOrderedAt())),
        "The "
            + line.name()
            + " in your order "
            + ref
            + " ships directly from our supplier, who has not sent it yet; it was due by "
            + DAY.format(order.promisedTo())
            + ".");
  }

  DelayDiagnosis awaitingWarehouse(OrderLine line) {
    return of(
        DelayCause.AWAITING_WAREHOUSE,
        evidence(line.sku() + ": from own stock, not shipped yet"),
        "Your order "
            + ref
            + " has not left our warehouse yet; it was due by "
            + DAY.format(order.promisedTo())
            + ".");
  }

  DelayDiagnosis carrierDelay(LocalDate eta) {
    String expected =
        eta == null
            ? "The carrier gives no new delivery date"
            : "The carrier now expects to deliver it on " + DAY.format(eta);
    return of(
        DelayCause.CARRIER_DELAY,
        evidence(eta == null ? "Shipped, not delivered, no carrier ETA" : "Carrier ETA " + eta),
        "Your parcel"
            + tracking()
            + " is on its way. "
            + expected
            + ", after the promised "
            + DAY.format(order.promisedTo())
            + ".");
  }

  DelayDiagnosis notLate() {
    if (order.promisedTo() == null) {
      return of(
          DelayCause.NOT_LATE,
          List.of("No promised delivery date"),
          "We can see no delay on your order " + ref + ".");
    }
    return of(
        DelayCause.NOT_LATE,
        evidence("Still within the promise"),
        "Your order "
            + ref
            + " is on schedule: it is due by "
            + DAY.format(order.promisedTo())
            + ".");
  }

  private List<String> evidence(String fact) {
    List<String> facts = new ArrayList<>();
    facts.add(fact);
    if (order.promisedTo() != null) {
      long days = ChronoUnit.DAYS.between(order.promisedTo(), today);
      facts.add(
          "Promised by "
              + order.promisedTo()
              + (days > 0 ? " (" + days + " day" + (days == 1 ? "" : "s") + " ago)" : ""));
    }
    if (!order.trackingNumbers().isEmpty()) {
      facts.add("Tracking " + String.join(", ", order.trackingNumbers()));
    }
    return facts;
  }

  private String tracking() {
    return order.trackingNumbers().isEmpty()
        ? ""
        : " (tracking " + String.join(", ", order.trackingNumbers()) + ")";
  }

  private static String supplier(OrderLine line) {
    return line.supplier() == null ? "an unnamed supplier" : line.supplier();
  }

  private static DelayDiagnosis of(DelayCause cause, List<String> evidence, String sentence) {
    return new DelayDiagnosis(cause, evidence, sentence);
  }
}
