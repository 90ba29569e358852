package dev.orderlens.enrichment.domain;

import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.customer.domain.CustomerProfile;
import dev.orderlens.customer.domain.Goodwill;
import dev.orderlens.customer.domain.Handling;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentences under the order blocks of the agent's note, one concern each. Pure. */
public final class Remarks {
  private Remarks() {}

  public static List<String> of(
      List<String> unreachableStores,
      CourierComplaint complaint,
      CustomerProfile customer,
      Handling handling) {
    List<String> remarks = new ArrayList<>();
    if (!unreachableStores.isEmpty()) {
      remarks.add(
          "Could not reach store(s) "
              + String.join(", ", unreachableStores)
              + "; the order details may be incomplete.");
    }
    if (complaint != null) {
      remarks.add(
          "Courier complaint: "
              + NoteWriter.words(complaint.category().name())
              + " (confidence "
              + String.format(Locale.ROOT, "%.2f", complaint.confidence())
              + ", blame "
              + NoteWriter.words(complaint.blame().name())
              + ").");
    }
    if (customer != null) {
      remarks.add(
          "Customer: "
              + customer.tier()
              + ", "
              + customer.orderCount()
              + (customer.orderCount() == 1 ? " order" : " orders")
              + ", lifetime spend "
              + customer.lifetimeSpend()
              + (customer.currency() == null ? "" : " " + customer.currency())
              + ".");
    }
    if (handling.goodwill() != null && handling.goodwill().kind() != Goodwill.Kind.NONE) {
      remarks.add("Goodwill within policy: " + handling.goodwill() + ".");
    }
    remarks.add("Priority: " + handling.priority().name().toLowerCase(Locale.ROOT) + ".");
    return remarks;
  }
}
