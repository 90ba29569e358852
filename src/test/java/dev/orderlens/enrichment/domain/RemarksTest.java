package dev.orderlens.enrichment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.customer.domain.CustomerProfile;
import dev.orderlens.customer.domain.Goodwill;
import dev.orderlens.customer.domain.Handling;
import dev.orderlens.customer.domain.Priority;
import dev.orderlens.tracking.domain.Blame;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RemarksTest {

  private static Handling handling(Priority priority, Goodwill goodwill) {
    return new Handling(priority, goodwill, List.of(), List.of());
  }

  @Test
  void aQuietTicketOnlyStatesThePriority() {
    List<String> remarks =
        Remarks.of(List.of(), null, null, handling(Priority.NORMAL, Goodwill.NONE));

    assertEquals(List.of("Priority: normal."), remarks);
  }

  @Test
  void unreachableStoresAreNamedSoTheAgentKnowsTheDetailsMayBeIncomplete() {
    List<String> remarks =
        Remarks.of(List.of("eu", "uk"), null, null, handling(Priority.NORMAL, Goodwill.NONE));

    assertEquals(
        "Could not reach store(s) eu, uk; the order details may be incomplete.", remarks.get(0));
  }

  @Test
  void aCourierComplaintIsSummedUpWithConfidenceAndBlameInWords() {
    CourierComplaint complaint =
        new CourierComplaint(ComplaintCategory.DELIVERED_NOT_RECEIVED, 0.8, "DHL", Blame.CARRIER);

    List<String> remarks =
        Remarks.of(List.of(), complaint, null, handling(Priority.HIGH, Goodwill.NONE));

    assertEquals(
        "Courier complaint: delivered not received (confidence 0.80, blame carrier).",
        remarks.get(0));
  }

  @Test
  void theComplaintsConfidenceUsesADecimalPointWhateverTheServersLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      CourierComplaint complaint =
          new CourierComplaint(ComplaintCategory.FALSE_ATTEMPT, 0.75, "GLS", Blame.CONSIGNEE);

      List<String> remarks =
          Remarks.of(List.of(), complaint, null, handling(Priority.NORMAL, Goodwill.NONE));

      assertEquals(
          "Courier complaint: false attempt (confidence 0.75, blame consignee).", remarks.get(0));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aCustomerWithOneOrderAndNoKnownCurrencyReadsNaturally() {
    CustomerProfile first = new CustomerProfile("NEW", BigDecimal.ZERO, null, 1, 0, 0);

    List<String> remarks =
        Remarks.of(List.of(), null, first, handling(Priority.NORMAL, Goodwill.NONE));

    assertEquals("Customer: NEW, 1 order, lifetime spend 0.", remarks.get(0));
  }

  @Test
  void aKnownCustomerIsDescribedByTierOrdersAndLifetimeSpend() {
    CustomerProfile vip = new CustomerProfile("VIP", new BigDecimal("1520.50"), "EUR", 7, 1, 0);

    List<String> remarks =
        Remarks.of(List.of(), null, vip, handling(Priority.NORMAL, Goodwill.NONE));

    assertEquals("Customer: VIP, 7 orders, lifetime spend 1520.50 EUR.", remarks.get(0));
  }

  @Test
  void goodwillWithinPolicyIsOfferedOnlyWhenThereIsSome() {
    List<String> coupon =
        Remarks.of(List.of(), null, null, handling(Priority.NORMAL, Goodwill.coupon(15)));
    List<String> reship =
        Remarks.of(List.of(), null, null, handling(Priority.NORMAL, Goodwill.RESHIP));
    List<String> none = Remarks.of(List.of(), null, null, handling(Priority.NORMAL, Goodwill.NONE));
    List<String> undecided = Remarks.of(List.of(), null, null, handling(Priority.NORMAL, null));

    assertEquals("Goodwill within policy: COUPON 15%.", coupon.get(0));
    assertEquals("Goodwill within policy: RESHIP.", reship.get(0));
    assertTrue(none.stream().noneMatch(r -> r.startsWith("Goodwill")), none.toString());
    assertTrue(undecided.stream().noneMatch(r -> r.startsWith("Goodwill")), undecided.toString());
  }

  @Test
  void everyConcernGetsItsOwnSentenceAndThePriorityComesLast() {
    List<String> remarks =
        Remarks.of(
            List.of("uk"),
            new CourierComplaint(ComplaintCategory.LOST, 0.9, "DPD", Blame.CARRIER),
            new CustomerProfile("REGULAR", new BigDecimal("240.00"), "GBP", 2, 0, 0),
            handling(Priority.URGENT, Goodwill.RESHIP));

    assertEquals(
        List.of(
            "Could not reach store(s) uk; the order details may be incomplete.",
            "Courier complaint: lost (confidence 0.90, blame carrier).",
            "Customer: REGULAR, 2 orders, lifetime spend 240.00 GBP.",
            "Goodwill within policy: RESHIP.",
            "Priority: urgent."),
        remarks);
  }
}
