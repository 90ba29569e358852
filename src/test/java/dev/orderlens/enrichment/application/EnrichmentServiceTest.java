package dev.orderlens.enrichment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.carrier.domain.classification.ComplaintClassifier;
import dev.orderlens.carrier.domain.classification.TrackingSignals;
import dev.orderlens.customer.domain.CustomerProfile;
import dev.orderlens.customer.domain.CustomerValuation;
import dev.orderlens.customer.domain.HandlingPolicy;
import dev.orderlens.customer.domain.Priority;
import dev.orderlens.customer.domain.ValueTiers;
import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.enrichment.domain.MessageHistory;
import dev.orderlens.order.application.OrderFinder;
import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSourceUnavailableException;
import dev.orderlens.order.domain.OrderSources;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.Party;
import dev.orderlens.order.domain.PaymentState;
import dev.orderlens.order.domain.ShippingRecipient;
import dev.orderlens.order.domain.ShopPlatform;
import dev.orderlens.order.domain.catalog.CatalogSource;
import dev.orderlens.privacy.domain.ContactRole;
import dev.orderlens.privacy.domain.ContactRoleResolver;
import dev.orderlens.privacy.domain.DisclosurePolicy;
import dev.orderlens.privacy.domain.GiftDetector;
import dev.orderlens.ticket.domain.Requester;
import dev.orderlens.ticket.domain.Ticket;
import dev.orderlens.tracking.ListInstance;
import dev.orderlens.tracking.application.ParcelTracker;
import dev.orderlens.tracking.application.ShipmentLedger;
import dev.orderlens.tracking.domain.RecordingShipments;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.tracking.domain.ShipmentRepository;
import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingSource;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.detection.CarrierDetector;
import dev.orderlens.tracking.domain.detection.TrackingNumberExtractor;
import dev.orderlens.tracking.domain.ledger.ShipmentRecord;
import dev.orderlens.tracking.domain.schedule.WorkingCalendars;
import dev.orderlens.tracking.domain.story.ShipmentAssembler;
import dev.orderlens.tracking.domain.suspicion.SuspicionPolicy;
import dev.orderlens.tracking.domain.suspicion.SuspiciousAttemptDetector;
import dev.orderlens.understanding.domain.MessageUnderstanding;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The enrichment pipeline end to end with its real domain policies and the bundled language models;
 * only the ports (shops, tracking providers, the shipment store) are in-memory fakes.
 */
class EnrichmentServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

  /** A UPS number with a valid check digit: the extractor takes it from free text. */
  private static final String UPS = "1Z5R89390357567127";

  private static final MessageUnderstanding UNDERSTANDING = MessageUnderstanding.load();
  private static final ComplaintClassifier COMPLAINTS = new ComplaintClassifier(UNDERSTANDING);

  private static final Address MILANO =
      new Address("Via Torino 5", "int. 3", "Milano", "20123", "MI", "IT");
  private static final Address TORINO =
      new Address("Corso Francia 12", null, "Torino", "10138", null, "IT");

  private final List<TrackingSource> trackingSources = new ArrayList<>();
  private final List<String> trackingAsks = new ArrayList<>();
  private final RecordingShipments savedShipments = new RecordingShipments();

  // ---------------------------------------------------------------- orders found and explained

  @Test
  void theBuyersNamedOrderIsShownExplainedAndTheBuyerValuedAcrossStores() {
    Party chiara = new Party("Chiara Neri", "chiara.neri@example.com", null);
    Order named = order("it-shop", "4101", chiara).build();
    Order older =
        order("de-shop", "4102", chiara)
            .status(OrderStatus.DELIVERED)
            .placedAt(NOW.minus(Duration.ofDays(40)))
            .promisedTo(TODAY.minusDays(33))
            .build();
    EnrichmentService service = service(shop("it-shop", named), shop("de-shop", older));

    Enrichment enrichment =
        service.enrich(
            ticket(
                "T-4101",
                "Chiara.Neri@example.com",
                "Order 4101",
                "Hi, where is my order 4101? It still hasn't arrived."),
            MessageHistory.NONE);

    assertEquals("T-4101", enrichment.ticketId());
    assertEquals(ContactRole.BUYER, enrichment.contactRole());
    assertEquals(List.of(named), enrichment.orders());
    CustomerProfile customer = enrichment.customer();
    assertEquals(2, customer.orderCount());
    assertEquals("REGULAR", customer.tier());
    assertEquals(0, new BigDecimal("259.60").compareTo(customer.lifetimeSpend()));
    String note = enrichment.note().text();
    assertTrue(
        note.contains("Order #4101 (it-shop): processing, payment paid, placed 2026-11-17"), note);
    assertTrue(note.contains("Buyer: Chiara Neri <chiara.neri@example.com>."), note);
    assertTrue(
        note.contains("Can be cancelled now: Nothing has shipped yet. In Shopify admin"), note);
    assertTrue(note.contains("Customer: REGULAR, 2 orders, lifetime spend 259.60 EUR."), note);
    assertFalse(note.contains("4102"), note);
    assertTrue(
        enrichment
            .tags()
            .containsAll(
                List.of(
                    "orderlens_order_found",
                    "order_processing",
                    "contact_buyer",
                    "ltv_regular",
                    "cancellable")),
        enrichment.tags().toString());
    assertFalse(enrichment.flags().contains(EnrichmentService.FLAG_NO_ORDER_FOUND));
    assertFalse(enrichment.flags().contains(EnrichmentService.FLAG_ORDER_SOURCE_UNAVAILABLE));
  }

  @Test
  void anOrderPastItsPromiseAndStillInTheWarehouseIsExplainedAsLateAgainstTheClocksToday() {
    Party davide = new Party("Davide Russo", "davide.russo@example.com", null);
    Order late = order("it-shop", "4201", davide).promisedTo(TODAY.minusDays(2)).build();

    Enrichment enrichment =
        service(shop("it-shop", late))
            .enrich(
                ticket("T-4201", "davide.russo@example.com", "", "Where is my order 4201?"),
                MessageHistory.NONE);

    assertTrue(
        enrichment
            .note()
            .text()
            .contains(
                "Why late: Your order #4201 has not left our warehouse yet; it was due by 18"
                    + " November 2026."),
        enrichment.note().text());
    assertTrue(enrichment.tags().contains("late_awaiting_warehouse"), enrichment.tags().toString());
  }

  // ---------------------------------------------------------------- who may learn what

  @Test
  void theBuyerOfAGiftIsWarnedFirstAndTheRecipientsContactDetailsAreWithheld() {
    Party laura = new Party("Laura Bianchi", "laura.bianchi@example.com", "+39 02 7654321");
    Party giulia = new Party("Giulia Verdi", "giulia.verdi@example.com", "+39 333 9876543");
    Order gift = order("it-shop", "4401", laura).giftTo(giulia, TORINO, "Happy birthday!").build();

    Enrichment enrichment =
        service(shop("it-shop", gift))
            .enrich(
                ticket(
                    "T-4401",
                    "laura.bianchi@example.com",
                    "Gift order 4401",
                    "Has my order 4401 been sent yet?"),
                MessageHistory.NONE);

    assertEquals(ContactRole.BUYER, enrichment.contactRole());
    String note = enrichment.note().text();
    assertTrue(
        note.startsWith(
            "GIFT ORDER: contact only the buyer Laura Bianchi (laura.bianchi@example.com,"
                + " +39 02 7654321)."),
        note);
    assertTrue(enrichment.flags().containsAll(List.of("GIFT_ORDER", "DO_NOT_CALL_SHIPPING_PHONE")));
    assertTrue(enrichment.tags().contains("gift_order"), enrichment.tags().toString());
    Order shown = enrichment.orders().get(0);
    assertEquals(gift.total(), shown.total());
    assertEquals(gift.lines(), shown.lines());
    assertNull(shown.recipient().person().email());
    assertNull(shown.recipient().person().phone());
    assertNull(shown.recipient().address().line1());
    assertEquals("10138", shown.recipient().address().postcode());
    assertFalse(note.contains("giulia.verdi@example.com"), note);
    assertFalse(note.contains("+39 333 9876543"), note);
    assertFalse(note.contains("Corso Francia"), note);
    assertTrue(note.contains("Ships to: Giulia Verdi, 10138 Torino IT."), note);
  }

  @Test
  void theRecipientOfAGiftLearnsNeitherPriceNorItemsNorSender() {
    Party roberto = new Party("Roberto Marino", "roberto.marino@example.com", "+39 02 1112223");
    Party sofia = new Party("Sofia Greco", "sofia.greco@example.com", "+39 347 5556667");
    Order gift =
        order("it-shop", "4402", roberto).giftTo(sofia, TORINO, "Happy birthday, Sofia!").build();

    Enrichment enrichment =
        service(shop("it-shop", gift))
            .enrich(
                ticket(
                    "T-4402",
                    "sofia.greco@example.com",
                    "",
                    "Hello, a parcel for me, order 4402, has not arrived. When will it come?"),
                MessageHistory.NONE);

    assertEquals(ContactRole.RECIPIENT, enrichment.contactRole());
    assertNull(enrichment.customer());
    Order shown = enrichment.orders().get(0);
    assertNull(shown.total());
    assertEquals(Party.UNKNOWN, shown.buyer());
    assertNull(shown.giftMessage());
    assertEquals(PaymentState.UNKNOWN, shown.paymentState());
    assertEquals(
        List.of(DisclosurePolicy.GIFT_PARCEL),
        shown.lines().stream().map(OrderLine::name).toList());
    assertTrue(
        enrichment
            .flags()
            .containsAll(
                List.of(
                    "GIFT_ORDER",
                    "RECIPIENT_CONTACT",
                    "DO_NOT_DISCLOSE",
                    "DO_NOT_CALL_SHIPPING_PHONE")),
        enrichment.flags().toString());
    assertTrue(enrichment.tags().contains("contact_recipient"), enrichment.tags().toString());
    String note = enrichment.note().text();
    assertTrue(note.startsWith("GIFT ORDER: the recipient is writing."), note);
    assertTrue(note.contains(DisclosurePolicy.GIFT_RECIPIENT_INSTRUCTION), note);
    for (String secret :
        List.of(
            "Roberto",
            "Marino",
            "roberto.marino@example.com",
            "+39 02 1112223",
            "119.90",
            "129.80",
            "Oak reading chair",
            "CHAIR-OAK",
            "Happy birthday",
            "cancelled now")) {
      assertFalse(note.contains(secret), () -> "note reveals '" + secret + "':\n" + note);
    }
  }

  @Test
  void aStrangerLearnsNothingAndTheNoteIsTheSameAsWhenNoOrderExists() {
    Party elena = new Party("Elena Galli", "elena.galli@example.com", null);
    Order hers = order("it-shop", "4301", elena).shipped("UPS", UPS).build();
    trackingSources.add(knowing(UPS, TrackingStatus.IN_TRANSIT));
    Ticket ticket =
        ticket(
            "T-4301",
            "curious.neighbour@example.net",
            "Order 4301",
            "Hi, where is my order 4301? It still hasn't arrived.");

    Enrichment aboutHerOrder = service(shop("it-shop", hers)).enrich(ticket, MessageHistory.NONE);
    Enrichment aboutNothing = service(shop("it-shop")).enrich(ticket, MessageHistory.NONE);

    assertEquals(ContactRole.UNVERIFIED, aboutHerOrder.contactRole());
    assertEquals(List.of(), aboutHerOrder.orders());
    assertEquals(List.of(), aboutHerOrder.shipments());
    assertNull(aboutHerOrder.customer());
    assertEquals(List.of(), trackingAsks, "the stranger's ticket followed the order's parcel");
    assertTrue(aboutHerOrder.flags().contains("VERIFY_IDENTITY"));
    assertFalse(aboutHerOrder.flags().contains(EnrichmentService.FLAG_NO_ORDER_FOUND));
    assertFalse(aboutHerOrder.tags().contains("orderlens_order_found"));
    String note = aboutHerOrder.note().text();
    assertTrue(note.contains(DisclosurePolicy.VERIFY_INSTRUCTION), note);
    for (String secret : List.of("Elena", "elena.galli@example.com", "it-shop", UPS, "Milano")) {
      assertFalse(note.contains(secret), () -> "note reveals '" + secret + "':\n" + note);
    }
    assertEquals(aboutNothing.note(), aboutHerOrder.note());
    assertEquals(aboutNothing.flags(), aboutHerOrder.flags());
    assertEquals(aboutNothing.tags(), aboutHerOrder.tags());
  }

  // ---------------------------------------------------------------- shops that cannot answer

  @Test
  void aStoreThatIsDownGivesAPartialEnrichmentFlaggedSourceUnavailable() {
    Party marco = new Party("Marco Ferri", "marco.ferri@example.com", null);
    Order found = order("it-shop", "4501", marco).build();

    Enrichment enrichment =
        service(down("de-shop"), shop("it-shop", found))
            .enrich(
                ticket("T-4501", "marco.ferri@example.com", "", "Where is my order 4501?"),
                MessageHistory.NONE);

    assertEquals(ContactRole.BUYER, enrichment.contactRole());
    assertEquals(List.of(found), enrichment.orders());
    assertEquals(1, enrichment.customer().orderCount());
    assertTrue(enrichment.flags().contains(EnrichmentService.FLAG_ORDER_SOURCE_UNAVAILABLE));
    assertTrue(
        enrichment.tags().contains("orderlens_order_source_unavailable"),
        enrichment.tags().toString());
    String note = enrichment.note().text();
    assertTrue(note.contains("Order #4501 (it-shop)"), note);
    assertTrue(
        note.contains("Could not reach store(s) de-shop; the order details may be incomplete."),
        note);
  }

  @Test
  void theOnlyStoreBeingDownIsFlaggedNotThrown() {
    Enrichment enrichment =
        service(down("de-shop"))
            .enrich(
                ticket("T-4511", "anna.colombo@example.com", "", "Where is my order 4511?"),
                MessageHistory.NONE);

    assertEquals(List.of(), enrichment.orders());
    assertEquals(ContactRole.UNVERIFIED, enrichment.contactRole());
    assertTrue(enrichment.flags().contains(EnrichmentService.FLAG_ORDER_SOURCE_UNAVAILABLE));
    assertTrue(
        enrichment.note().text().contains("Could not reach store(s) de-shop"),
        enrichment.note().text());
  }

  // ---------------------------------------------------------------- parcels

  @Test
  void aTrackingNumberWrittenInTheTicketIsFollowedAndStored() {
    trackingSources.add(knowing(UPS, TrackingStatus.IN_TRANSIT));

    Enrichment enrichment =
        service(shop("it-shop"))
            .enrich(
                ticket(
                    "T-4611",
                    "irene.fontana@example.com",
                    "Parcel stuck",
                    "My tracking number " + UPS + " shows nothing since Monday."),
                MessageHistory.NONE);

    assertEquals(1, enrichment.shipments().size());
    Shipment parcel = enrichment.shipments().get(0);
    assertEquals(UPS, parcel.trackingNumber());
    assertEquals("ups", parcel.carrier());
    assertEquals(TrackingStatus.IN_TRANSIT, parcel.status());
    assertTrue(
        enrichment.note().text().contains("Parcel " + UPS + " with ups: in transit"),
        enrichment.note().text());
    assertEquals(1, savedShipments.saved().size());
    assertEquals(UPS, savedShipments.saved().get(0).trackingNumber());
    assertNull(savedShipments.saved().get(0).orderNumber());
  }

  @Test
  void theOrdersParcelIsFollowedOnceWithTheOrdersContextEvenWhenTheTicketRepeatsItsNumber() {
    Party giorgio = new Party("Giorgio Ricci", "giorgio.ricci@example.com", null);
    Order shipped =
        order("it-shop", "4601", giorgio).promisedTo(TODAY.plusDays(2)).shipped("UPS", UPS).build();
    trackingSources.add(knowing(UPS, TrackingStatus.IN_TRANSIT));

    Enrichment enrichment =
        service(shop("it-shop", shipped))
            .enrich(
                ticket(
                    "T-4601",
                    "giorgio.ricci@example.com",
                    "Order 4601",
                    "My tracking number " + UPS + " has not moved since yesterday."),
                MessageHistory.NONE);

    assertEquals(List.of(UPS + " UPS"), trackingAsks);
    assertEquals(1, enrichment.shipments().size());
    assertEquals(TrackingStatus.IN_TRANSIT, enrichment.shipments().get(0).status());
    ShipmentRecord stored = savedShipments.saved().get(0);
    assertEquals(1, savedShipments.saved().size());
    assertEquals("ups", stored.carrier());
    assertEquals("it-shop", stored.store());
    assertEquals("4601", stored.orderNumber());
    assertEquals("201", stored.destinationPostcodePrefix());
    assertEquals("IT", stored.destinationCountry());
    assertEquals(TODAY.plusDays(2), stored.promisedDate());
  }

  // ---------------------------------------------------------------- the message itself

  @Test
  void languageAndIntentsAreThoseOfTheMessage() {
    Party paolo = new Party("Paolo Conti", "paolo.conti@example.com", null);
    Ticket ticket =
        ticket(
            "T-4701",
            "paolo.conti@example.com",
            "",
            "Buongiorno, dov'è il mio ordine 4701? Non è ancora arrivato.");

    Enrichment enrichment =
        service(shop("it-shop", order("it-shop", "4701", paolo).build()))
            .enrich(ticket, MessageHistory.NONE);

    assertEquals("it", enrichment.language());
    assertFalse(enrichment.intents().isEmpty());
    assertEquals(UNDERSTANDING.understand(ticket.text()).intents(), enrichment.intents());
  }

  @Test
  void aCourierComplaintIsReadWeighedAndFlaggedWithItsCategory() {
    Ticket ticket =
        ticket(
            "T-4711",
            "marta.kovacs@example.com",
            "",
            "The box arrived completely crushed and the vase inside was shattered.");
    Optional<CourierComplaint> expected =
        COMPLAINTS.primary(UNDERSTANDING.understand(ticket.text()), TrackingSignals.none(null));
    assertTrue(expected.isPresent(), "the fixture message should read as a courier complaint");

    Enrichment enrichment = service(shop("it-shop")).enrich(ticket, MessageHistory.NONE);

    assertEquals(expected.get(), enrichment.courierComplaint());
    assertTrue(
        enrichment.flags().contains("COURIER_COMPLAINT_" + expected.get().category().name()),
        enrichment.flags().toString());
    assertTrue(enrichment.note().text().contains("Courier complaint: "), enrichment.note().text());
  }

  // ---------------------------------------------------------------- priority

  @Test
  void aThirdMessageAboutTheSameOrderRaisesThePriorityOneStep() {
    Party franco = new Party("Franco Villa", "franco.villa@example.com", null);
    EnrichmentService service = service(shop("it-shop", order("it-shop", "4901", franco).build()));
    Ticket ticket = ticket("T-4901", "franco.villa@example.com", "", "Where is my order 4901?");
    List<String> askedAbout = new ArrayList<>();
    MessageHistory twoBefore =
        orderKey -> {
          askedAbout.add(orderKey);
          return "it-shop:4901".equals(orderKey) ? 2 : 0;
        };

    Priority first = service.enrich(ticket, MessageHistory.NONE).priority();
    Priority third = service.enrich(ticket, twoBefore).priority();

    assertEquals(List.of("it-shop:4901"), askedAbout);
    assertEquals(first.ordinal() + 1, third.ordinal(), first + " -> " + third);
  }

  @Test
  void onlyAnEmailLeftUnansweredForADayRaisesThePriority() {
    Party teresa = new Party("Teresa Longo", "teresa.longo@example.com", null);
    EnrichmentService service = service(shop("it-shop", order("it-shop", "4801", teresa).build()));
    String body = "Where is my order 4801?";
    Requester requester = new Requester("teresa.longo@example.com", null, null);
    Instant dayAndAHalfAgo = NOW.minus(Duration.ofHours(30));

    Priority chat =
        service
            .enrich(
                new Ticket("T-4801-c", "", body, "chat", dayAndAHalfAgo, requester, List.of()),
                MessageHistory.NONE)
            .priority();
    Priority freshMail =
        service
            .enrich(
                new Ticket(
                    "T-4801-f",
                    "",
                    body,
                    "email",
                    NOW.minus(Duration.ofHours(2)),
                    requester,
                    List.of()),
                MessageHistory.NONE)
            .priority();
    Priority staleMail =
        service
            .enrich(
                new Ticket("T-4801-s", "", body, "email", dayAndAHalfAgo, requester, List.of()),
                MessageHistory.NONE)
            .priority();

    assertEquals(chat, freshMail);
    assertEquals(chat.ordinal() + 1, staleMail.ordinal(), chat + " -> " + staleMail);
  }

  @Test
  void theBuyersOpenChargebackMakesTheTicketUrgentAndStandardProcess() {
    Party luca = new Party("Luca Moretti", "luca.moretti@example.com", null);
    Order disputed = order("it-shop", "5001", luca).payment(PaymentState.DISPUTED).build();

    Enrichment enrichment =
        service(shop("it-shop", disputed))
            .enrich(
                ticket("T-5001", "luca.moretti@example.com", "", "Where is my order 5001?"),
                MessageHistory.NONE);

    assertEquals(Priority.URGENT, enrichment.priority());
    assertTrue(enrichment.flags().contains(HandlingPolicy.FLAG_CHARGEBACK_OPEN));
    assertTrue(enrichment.tags().contains(HandlingPolicy.TAG_STANDARD_PROCESS));
  }

  @Test
  void theRecipientsTicketIsNotEscalatedForTheBuyersChargeback() {
    Party nadia = new Party("Nadia Rinaldi", "nadia.rinaldi@example.com", null);
    Party pietro = new Party("Pietro Gatti", "pietro.gatti@example.com", null);
    Order disputed =
        order("it-shop", "5002", nadia)
            .shipsTo(pietro, TORINO)
            .payment(PaymentState.DISPUTED)
            .build();

    Enrichment enrichment =
        service(shop("it-shop", disputed))
            .enrich(
                ticket("T-5002", "pietro.gatti@example.com", "", "Where is my order 5002?"),
                MessageHistory.NONE);

    assertEquals(ContactRole.RECIPIENT, enrichment.contactRole());
    assertFalse(enrichment.flags().contains(HandlingPolicy.FLAG_CHARGEBACK_OPEN));
    assertTrue(enrichment.priority().compareTo(Priority.URGENT) < 0, enrichment.priority().name());
  }

  // ---------------------------------------------------------------- fixtures

  private EnrichmentService service(OrderSource... stores) {
    ShipmentRepository shipments = savedShipments;
    ParcelTracker tracker =
        new ParcelTracker(
            new ListInstance<>(trackingSources),
            new ShipmentAssembler(
                new CarrierDetector(),
                new SuspiciousAttemptDetector(SuspicionPolicy.DEFAULT),
                CLOCK),
            new ShipmentLedger(shipments, WorkingCalendars.WEEKENDS_ONLY),
            WorkingCalendars.WEEKENDS_ONLY);
    return new EnrichmentService(
        new OrderFinder(new Shops(List.of(stores))),
        UNDERSTANDING,
        new ContactRoleResolver(),
        new GiftDetector(),
        new DisclosurePolicy(),
        new CustomerValuation(ValueTiers.DEFAULTS),
        HandlingPolicy.defaults(),
        tracker,
        new TrackingNumberExtractor(new CarrierDetector()),
        COMPLAINTS,
        new EnrichmentMetrics(),
        CLOCK);
  }

  /** A tracking provider that knows one parcel, last scanned yesterday. */
  private TrackingSource knowing(String number, TrackingStatus status) {
    return (asked, carrierHint) -> {
      trackingAsks.add(asked + " " + carrierHint);
      return asked.equals(number)
          ? Optional.of(
              new TrackingReport(
                  number,
                  "ups",
                  null,
                  null,
                  List.of(
                      TrackingEvent.of(NOW.minus(Duration.ofDays(1)), status, null, "Departed")),
                  null))
          : Optional.empty();
    };
  }

  private static Ticket ticket(String id, String email, String subject, String body) {
    return new Ticket(
        id,
        subject,
        body,
        "email",
        NOW.minus(Duration.ofHours(1)),
        new Requester(email, null, null),
        List.of());
  }

  /** Every configured shop, all on Shopify, with catalogues that offer nothing. */
  private record Shops(List<OrderSource> all) implements OrderSources {
    @Override
    public ShopPlatform platformOf(String store) {
      return ShopPlatform.SHOPIFY;
    }

    @Override
    public CatalogSource catalog() {
      return (store, sku, max) -> List.of();
    }
  }

  private static OrderSource shop(String name, Order... orders) {
    List<Order> held = List.of(orders);
    return new OrderSource() {
      @Override
      public String store() {
        return name;
      }

      @Override
      public Optional<Order> findByNumber(OrderNumber number) {
        return held.stream().filter(o -> o.number().equals(number)).findFirst();
      }

      @Override
      public List<Order> findByCustomerEmail(String email) {
        return held.stream()
            .filter(o -> email.equalsIgnoreCase(o.buyer().email()))
            .sorted(Comparator.comparing(Order::placedAt).reversed())
            .toList();
      }
    };
  }

  private static OrderSource down(String name) {
    return new OrderSource() {
      @Override
      public String store() {
        return name;
      }

      @Override
      public Optional<Order> findByNumber(OrderNumber number) {
        throw new OrderSourceUnavailableException(name, "connection refused");
      }

      @Override
      public List<Order> findByCustomerEmail(String email) {
        throw new OrderSourceUnavailableException(name, "connection refused");
      }
    };
  }

  private static OrderBuilder order(String store, String number, Party buyer) {
    return new OrderBuilder(store, number, buyer);
  }

  /**
   * A paid, unshipped order of one oak chair placed three days ago and promised in three, shipped
   * to the buyer's home in Milan, unless told otherwise.
   */
  private static final class OrderBuilder {
    private final String store;
    private final String number;
    private final Party buyer;
    private ShippingRecipient recipient;
    private OrderStatus status = OrderStatus.PROCESSING;
    private PaymentState payment = PaymentState.PAID;
    private Instant placedAt = NOW.minus(Duration.ofDays(3));
    private LocalDate promisedTo = TODAY.plusDays(3);
    private boolean gift;
    private String giftMessage;
    private final List<Fulfilment> fulfilments = new ArrayList<>();

    private OrderBuilder(String store, String number, Party buyer) {
      this.store = store;
      this.number = number;
      this.buyer = buyer;
      this.recipient = new ShippingRecipient(buyer, MILANO);
    }

    OrderBuilder status(OrderStatus value) {
      status = value;
      return this;
    }

    OrderBuilder payment(PaymentState value) {
      payment = value;
      return this;
    }

    OrderBuilder placedAt(Instant value) {
      placedAt = value;
      return this;
    }

    OrderBuilder promisedTo(LocalDate value) {
      promisedTo = value;
      return this;
    }

    OrderBuilder shipsTo(Party person, Address address) {
      recipient = new ShippingRecipient(person, address);
      return this;
    }

    OrderBuilder giftTo(Party person, Address address, String message) {
      recipient = new ShippingRecipient(person, address);
      gift = true;
      giftMessage = message;
      return this;
    }

    OrderBuilder shipped(String carrier, String trackingNumber) {
      fulfilments.add(Fulfilment.of(carrier, trackingNumber, null, NOW.minus(Duration.ofDays(1))));
      status = OrderStatus.SHIPPED;
      return this;
    }

    Order build() {
      return new Order(
          store,
          OrderNumber.of(number),
          status,
          payment,
          placedAt,
          null,
          promisedTo,
          Money.of("129.80", "EUR"),
          List.of(OrderLine.of("CHAIR-OAK", "Oak reading chair", 1, Money.of("119.90", "EUR"))),
          fulfilments,
          buyer,
          MILANO,
          recipient,
          gift,
          giftMessage,
          null,
          Map.of(),
          null,
          null);
    }
  }
}
