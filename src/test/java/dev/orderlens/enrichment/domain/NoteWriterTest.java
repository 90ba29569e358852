package dev.orderlens.enrichment.domain;

import static dev.orderlens.order.domain.TestOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.Party;
import dev.orderlens.order.domain.PaymentState;
import dev.orderlens.order.domain.ShippingRecipient;
import dev.orderlens.privacy.domain.ContactRole;
import dev.orderlens.privacy.domain.ContactRoleResolver;
import dev.orderlens.privacy.domain.DisclosurePolicy;
import dev.orderlens.privacy.domain.GiftDetector;
import dev.orderlens.ticket.domain.Requester;
import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.story.ShipmentStory;
import dev.orderlens.tracking.domain.suspicion.SuspicionAssessment;
import dev.orderlens.tracking.domain.suspicion.SuspicionSignal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoteWriterTest {

  private static final Instant PLACED = Instant.parse("2026-11-18T10:00:00Z");
  private static final Instant SHIPPED = Instant.parse("2026-11-19T08:30:00Z");

  /** Anna's birthday present for Giulia in Torino: a gift by the shop's flag and its message. */
  private static Order giftFromAnnaToGiulia() {
    return new Order(
        "demo",
        OrderNumber.of("1001"),
        OrderStatus.SHIPPED,
        PaymentState.PAID,
        PLACED,
        null,
        LocalDate.parse("2026-11-24"),
        Money.of("129.80", "EUR"),
        List.of(OrderLine.of("CHAIR-OAK", "Oak reading chair", 1, Money.of("119.90", "EUR"))),
        List.of(Fulfilment.of("DHL", "00340434161234567890", null, SHIPPED)),
        new Party("Anna Rossi", "anna@example.com", "+39 02 1234567"),
        null,
        new ShippingRecipient(
            new Party("Giulia Verdi", "giulia@example.com", "+39 333 7654321"),
            new Address("Corso Francia 12", "scala B", "Torino", "10138", "TO", "IT")),
        true,
        "Happy birthday, Giulia!",
        null,
        Map.of(),
        null,
        null);
  }

  /** Anna's chairs for Marco's office: another recipient, but at a company, so no gift. */
  private static Order officeChairsForMarco() {
    return new Order(
        "demo",
        OrderNumber.of("2002"),
        OrderStatus.SHIPPED,
        PaymentState.PAID,
        PLACED,
        null,
        null,
        Money.of("239.80", "EUR"),
        List.of(OrderLine.of("CHAIR-OAK", "Oak reading chair", 2, Money.of("119.90", "EUR"))),
        List.of(Fulfilment.of("DHL", "00340434169999999999", null, SHIPPED)),
        new Party("Anna Rossi", "anna@example.com", "+39 02 1234567"),
        null,
        new ShippingRecipient(
            new Party("Marco Bianchi", "marco@bianchi-design.it", null),
            new Address("Bianchi Design Srl", "Via Po 3", "Torino", "10123", null, "IT")),
        false,
        null,
        null,
        Map.of(),
        null,
        null);
  }

  /** The note the enrichment writes for this requester: through the privacy gate first. */
  private static AgentNote noteFor(Requester requester, String ticketText, List<Order> found) {
    PrivacyGate.Outcome outcome =
        new PrivacyGate(new ContactRoleResolver(), new GiftDetector(), new DisclosurePolicy())
            .apply(requester, ticketText, found);
    return NoteWriter.write(
        outcome.warnings(),
        outcome.orders(),
        List.of(),
        outcome.flags(),
        outcome.instructions(),
        outcome.role());
  }

  private static List<String> lines(AgentNote note) {
    return List.of(note.text().split("\n"));
  }

  private static ShipmentStory story(Shipment shipment, SuspicionAssessment suspicion) {
    return new ShipmentStory(shipment, List.of(), null, suspicion, Blame.UNKNOWN);
  }

  @Test
  void aGiftOrdersNoteWarnsTheAgentOffTheRecipientFirst() {
    AgentNote note =
        noteFor(
            new Requester("anna@example.com", "Anna Rossi", null),
            "Where is my order 1001?",
            List.of(giftFromAnnaToGiulia()));

    String first = lines(note).get(0);
    assertTrue(
        first.startsWith(
            "GIFT ORDER: contact only the buyer Anna Rossi (anna@example.com, +39 02 1234567)."),
        first);
    assertTrue(first.contains("Do not contact the recipient"), first);
    assertTrue(first.contains("Why a gift: marked as a gift in the shop"), first);
    assertTrue(note.html().startsWith("<p>GIFT ORDER: contact only the buyer"), note.html());
  }

  @Test
  void aShippingAddressWithoutPostcodeReadsWithoutGaps() {
    Order office = officeChairsForMarco();
    Order withoutPostcode =
        new Order(
            office.store(),
            office.number(),
            office.status(),
            office.paymentState(),
            office.placedAt(),
            office.promisedFrom(),
            office.promisedTo(),
            office.total(),
            office.lines(),
            office.fulfilments(),
            office.buyer(),
            office.billingAddress(),
            new ShippingRecipient(
                office.recipient().person(),
                new Address("Bianchi Design Srl", "Via Po 3", "Torino", null, null, "IT")),
            office.gift(),
            office.giftMessage(),
            office.note(),
            office.attributes(),
            office.cancelledAt(),
            office.storeTotal());

    List<String> lines =
        lines(
            noteFor(
                new Requester("anna@example.com", "Anna Rossi", null),
                "Order 2002?",
                List.of(withoutPostcode)));

    assertTrue(
        lines.contains("Ships to: Marco Bianchi <marco@bianchi-design.it>, Torino IT."),
        lines.toString());
  }

  @Test
  void theBuyerOfAGiftSeesWhatWasBoughtButTheNoteGivesNoWayToReachTheRecipient() {
    AgentNote note =
        noteFor(
            new Requester("anna@example.com", "Anna Rossi", null),
            "Where is my order 1001?",
            List.of(giftFromAnnaToGiulia()));

    List<String> lines = lines(note);
    assertTrue(
        lines.contains("- 1 × Oak reading chair (SKU CHAIR-OAK), 119.90 EUR each"), note.text());
    assertTrue(lines.contains("Total: 129.80 EUR."), note.text());
    assertTrue(lines.contains("Ships to: Giulia Verdi, 10138 Torino IT."), note.text());
    assertFalse(note.text().contains("giulia@example.com"), note.text());
    assertFalse(note.text().contains("+39 333 7654321"), note.text());
    assertFalse(note.text().contains("Corso Francia"), note.text());
    assertEquals("Flags: GIFT_ORDER, DO_NOT_CALL_SHIPPING_PHONE", lines.get(lines.size() - 1));
  }

  @Test
  void aGiftsRecipientGetsANoteWithoutContentsPricesOrSender() {
    AgentNote note =
        noteFor(
            new Requester("giulia@example.com", null, null),
            "Is my parcel coming?",
            List.of(giftFromAnnaToGiulia()));

    List<String> lines = lines(note);
    assertTrue(lines.get(0).startsWith("GIFT ORDER: the recipient is writing."), lines.get(0));
    assertTrue(lines.contains("- 1 × a gift parcel"), note.text());
    assertTrue(lines.contains("Buyer: unknown."), note.text());
    assertTrue(lines.contains("Ships to: Giulia Verdi, 10138 Torino IT."), note.text());
    assertTrue(
        lines.contains("Tracking: 00340434161234567890 with DHL, shipped 2026-11-19."),
        note.text());
    for (String secret :
        List.of(
            "Oak reading chair",
            "CHAIR-OAK",
            "119.90",
            "129.80",
            "Total:",
            "Anna",
            "anna@example.com",
            "+39 02 1234567",
            "Happy birthday")) {
      assertFalse(note.text().contains(secret), secret + " leaked into: " + note.text());
      assertFalse(note.html().contains(secret), secret + " leaked into the HTML note");
    }
  }

  @Test
  void aNonGiftRecipientSeesTheItemsButNoPricesNorTheBuyer() {
    AgentNote note =
        noteFor(
            new Requester("marco@bianchi-design.it", null, null),
            "When do the chairs arrive?",
            List.of(officeChairsForMarco()));

    List<String> lines = lines(note);
    assertTrue(lines.contains("- 2 × Oak reading chair (SKU CHAIR-OAK)"), note.text());
    assertTrue(lines.contains("Buyer: unknown."), note.text());
    assertTrue(lines.contains(DisclosurePolicy.RECIPIENT_INSTRUCTION), note.text());
    assertFalse(note.text().contains("119.90"), note.text());
    assertFalse(note.text().contains("Total:"), note.text());
    assertFalse(note.text().contains("Anna"), note.text());
    assertFalse(note.text().contains("GIFT ORDER"), note.text());
  }

  @Test
  void aStrangerWritingAboutAGiftGetsTheWarningButNoOrderDetails() {
    AgentNote note =
        noteFor(
            new Requester("someone@example.com", null, null),
            "Where is my parcel?",
            List.of(giftFromAnnaToGiulia()));

    List<String> lines = lines(note);
    assertTrue(lines.get(0).startsWith("GIFT ORDER: verify the writer first."), lines.get(0));
    assertTrue(lines.contains(DisclosurePolicy.VERIFY_INSTRUCTION), note.text());
    for (String detail :
        List.of(
            "Order #", "Oak reading chair", "Giulia", "Torino", "Anna", "00340434161234567890")) {
      assertFalse(note.text().contains(detail), detail + " shown to a stranger: " + note.text());
    }
  }

  @Test
  void anUnverifiedContactsNoteIsTheSameWhetherOrNotAnOrderExists() {
    Requester stranger = new Requester("someone@example.com", null, null);

    AgentNote none = noteFor(stranger, "Where is my order?", List.of());
    AgentNote hidden =
        noteFor(stranger, "Where is my order 2002?", List.of(officeChairsForMarco()));

    assertEquals(none, hidden);
    assertFalse(hidden.text().contains("No order found"), hidden.text());
    assertFalse(hidden.text().contains("2002"), hidden.text());
    assertEquals(
        List.of(DisclosurePolicy.VERIFY_INSTRUCTION, "Flags: VERIFY_IDENTITY"), lines(hidden));
  }

  @Test
  void aKnownContactWithoutAnyOrderIsToldSo() {
    AgentNote note =
        NoteWriter.write(
            List.of(),
            List.of(),
            List.of(),
            List.of("NO_ORDER_FOUND"),
            List.of(),
            ContactRole.BUYER);

    assertEquals(List.of("No order found for this ticket.", "Flags: NO_ORDER_FOUND"), lines(note));
  }

  @Test
  void anOrderBlockGivesStatusPaymentDatesItemsBuyerRecipientAndTracking() {
    Order order = order().status(OrderStatus.SHIPPED).shipped("1Z999AA10123456784").build();

    AgentNote note =
        NoteWriter.write(
            List.of(), List.of(order), List.of(), List.of(), List.of(), ContactRole.BUYER);

    assertEquals(
        List.of(
            "Order #1001 (eu): shipped, payment paid, placed 2026-11-16, promised by 2026-11-20.",
            "- 1 × Oak reading chair (SKU CHAIR-OAK), 119.90 EUR each",
            "Total: 119.90 EUR.",
            "Buyer: Anna Rossi <anna.rossi@example.com>.",
            "Ships to: unknown.",
            "Tracking: 1Z999AA10123456784 with DHL, shipped 2026-11-16."),
        lines(note));
  }

  @Test
  void factsTheShopDoesNotGiveAreLeftOutRatherThanPrintedAsNull() {
    Order order =
        order()
            .placedAt(Instant.parse("2026-11-16T23:30:00Z"))
            .promisedTo(null)
            .total(null)
            .line(OrderLine.of(null, null, 3, null))
            .build();

    AgentNote note =
        NoteWriter.write(
            List.of(), List.of(order), List.of(), List.of(), List.of(), ContactRole.BUYER);

    List<String> lines = lines(note);
    assertEquals("Order #1001 (eu): processing, payment paid, placed 2026-11-16.", lines.get(0));
    assertEquals("- 3 × item", lines.get(1));
    assertFalse(note.text().contains("Total:"), note.text());
    assertFalse(note.text().contains("null"), note.text());
  }

  @Test
  void aParcelLineGivesCarrierStatusLastEventEtaAndDelay() {
    Shipment parcel =
        new Shipment(
            "1Z999AA10123456784",
            "UPS",
            List.of(),
            TrackingStatus.ATTEMPT_FAIL,
            "AttemptFail_002",
            "Recipient not available",
            LocalDate.parse("2026-11-24"),
            2,
            null,
            null);

    AgentNote note =
        NoteWriter.write(
            List.of(),
            List.of(),
            List.of(story(parcel, null)),
            List.of(),
            List.of(),
            ContactRole.UNVERIFIED);

    assertEquals(
        List.of(
            "Parcel 1Z999AA10123456784 with UPS: attempt fail (AttemptFail_002); last event:"
                + " Recipient not available; ETA 2026-11-24; 2 working day(s) late."),
        lines(note));
  }

  @Test
  void aParcelWithoutTrackingReportOrKnownCarrierListsThePossibleCarriers() {
    Shipment parcel =
        new Shipment(
            "123456789012", null, List.of("FedEx", "UPS"), null, null, null, null, 0, null, null);

    AgentNote note =
        NoteWriter.write(
            List.of(),
            List.of(),
            List.of(story(parcel, null)),
            List.of(),
            List.of(),
            ContactRole.UNVERIFIED);

    assertEquals(List.of("Parcel 123456789012.", "  Possible carriers: FedEx, UPS."), lines(note));
  }

  @Test
  void aSuspiciousAttemptIsExplainedUnderItsParcel() {
    Shipment parcel =
        new Shipment(
            "00340434161234567890",
            "DHL",
            List.of(),
            TrackingStatus.ATTEMPT_FAIL,
            null,
            null,
            null,
            null,
            0.6,
            List.of("NO_OUT_FOR_DELIVERY_SCAN", "SCANNED_FAR_FROM_DESTINATION"));
    SuspicionAssessment suspicious =
        new SuspicionAssessment(
            SuspicionAssessment.Verdict.SUSPICIOUS_ATTEMPT,
            0.6,
            List.of(
                new SuspicionSignal(
                    SuspicionSignal.Kind.NO_OUT_FOR_DELIVERY_SCAN,
                    "no out-for-delivery scan that day"),
                new SuspicionSignal(
                    SuspicionSignal.Kind.SCANNED_FAR_FROM_DESTINATION,
                    "attempt scanned 40 km from the address")));

    AgentNote note =
        NoteWriter.write(
            List.of(),
            List.of(),
            List.of(story(parcel, suspicious)),
            List.of(),
            List.of(),
            ContactRole.UNVERIFIED);

    List<String> lines = lines(note);
    assertEquals("Parcel 00340434161234567890 with DHL: attempt fail.", lines.get(0));
    assertEquals(
        "  Suspicious \"recipient absent\" attempt (score 0.60): no out-for-delivery scan that"
            + " day; attempt scanned 40 km from the address.",
        lines.get(1));
    assertTrue(note.html().contains("Suspicious &quot;recipient absent&quot; attempt"));
  }

  @Test
  void aPlausibleAttemptRaisesNoSuspicionLine() {
    Shipment parcel =
        new Shipment(
            "00340434161234567890",
            "DHL",
            List.of(),
            TrackingStatus.ATTEMPT_FAIL,
            null,
            null,
            null,
            null,
            0.25,
            List.of("OUTSIDE_DELIVERY_WINDOW"));
    SuspicionAssessment plausible =
        new SuspicionAssessment(
            SuspicionAssessment.Verdict.PLAUSIBLE_ATTEMPT,
            0.25,
            List.of(
                new SuspicionSignal(
                    SuspicionSignal.Kind.OUTSIDE_DELIVERY_WINDOW, "attempt scanned at 21:10")));

    AgentNote note =
        NoteWriter.write(
            List.of(),
            List.of(),
            List.of(story(parcel, plausible)),
            List.of(),
            List.of(),
            ContactRole.UNVERIFIED);

    assertEquals(List.of("Parcel 00340434161234567890 with DHL: attempt fail."), lines(note));
  }

  @Test
  void warningsComeFirstThenOrdersThenParcelsThenRemarksAndFlagsLast() {
    Order order = order().status(OrderStatus.SHIPPED).shipped("1Z999AA10123456784").build();
    Shipment parcel =
        new Shipment(
            "1Z999AA10123456784",
            "UPS",
            List.of(),
            TrackingStatus.IN_TRANSIT,
            null,
            null,
            null,
            null,
            null,
            null);

    AgentNote note =
        NoteWriter.write(
            List.of("Read this first."),
            List.of(order),
            List.of(story(parcel, null)),
            List.of("ORDER_SOURCE_UNAVAILABLE", "SUSPICIOUS_ATTEMPT"),
            List.of("Priority: high."),
            ContactRole.BUYER);

    List<String> lines = lines(note);
    int orderLine = lines.indexOf("Ships to: unknown.");
    int parcelLine = lines.indexOf("Parcel 1Z999AA10123456784 with UPS: in transit.");
    assertEquals("Read this first.", lines.get(0));
    assertTrue(orderLine > 0, note.text());
    assertTrue(parcelLine > orderLine, note.text());
    assertEquals("Priority: high.", lines.get(lines.size() - 2));
    assertEquals(
        "Flags: ORDER_SOURCE_UNAVAILABLE, SUSPICIOUS_ATTEMPT", lines.get(lines.size() - 1));
  }

  @Test
  void withoutFlagsTheNoteHasNoFlagsLine() {
    AgentNote note =
        NoteWriter.write(
            List.of(),
            List.of(order().build()),
            List.of(),
            List.of(),
            List.of("Priority: normal."),
            ContactRole.BUYER);

    List<String> lines = lines(note);
    assertEquals("Priority: normal.", lines.get(lines.size() - 1));
    assertFalse(note.text().contains("Flags:"), note.text());
  }

  @Test
  void theHtmlNoteIsOneEscapedParagraphPerLine() {
    AgentNote note =
        NoteWriter.write(
            List.of(),
            List.of(order().build()),
            List.of(),
            List.of("ORDER_SOURCE_UNAVAILABLE"),
            List.of(),
            ContactRole.BUYER);

    int paragraphs = note.html().split("<p>", -1).length - 1;
    assertEquals(lines(note).size(), paragraphs);
    assertTrue(note.html().startsWith("<p>Order #1001 (eu): processing, payment paid"));
    assertTrue(
        note.html().contains("<p>Buyer: Anna Rossi &lt;anna.rossi@example.com&gt;.</p>"),
        note.html());
    assertTrue(note.html().endsWith("<p>Flags: ORDER_SOURCE_UNAVAILABLE</p>"), note.html());
    assertFalse(note.html().contains("<anna.rossi@example.com>"), note.html());
  }

  @Test
  void anItemNameCannotSmuggleMarkupIntoTheHtmlNote() {
    Order order =
        order()
            .line(
                OrderLine.of(
                    "SP-1", "<img src=x onerror='alert(1)'> Salt & Pepper \"Deluxe\"", 1, null))
            .build();

    AgentNote note =
        NoteWriter.write(
            List.of(), List.of(order), List.of(), List.of(), List.of(), ContactRole.BUYER);

    assertTrue(
        note.html()
            .contains(
                "<p>- 1 × &lt;img src=x onerror=&#39;alert(1)&#39;&gt; Salt &amp; Pepper"
                    + " &quot;Deluxe&quot; (SKU SP-1)</p>"),
        note.html());
    assertFalse(note.html().contains("<img"), note.html());
  }
}
