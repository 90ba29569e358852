package dev.orderlens.enrichment.application;

import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.carrier.domain.classification.ComplaintClassifier;
import dev.orderlens.carrier.domain.classification.TrackingSignals;
import dev.orderlens.customer.domain.CustomerFaultIssue;
import dev.orderlens.customer.domain.CustomerProfile;
import dev.orderlens.customer.domain.CustomerValuation;
import dev.orderlens.customer.domain.Handling;
import dev.orderlens.customer.domain.HandlingCase;
import dev.orderlens.customer.domain.HandlingPolicy;
import dev.orderlens.enrichment.domain.AgentNote;
import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.enrichment.domain.MessageHistory;
import dev.orderlens.enrichment.domain.NoteWriter;
import dev.orderlens.enrichment.domain.OrderExplainer;
import dev.orderlens.enrichment.domain.PrivacyGate;
import dev.orderlens.enrichment.domain.Remarks;
import dev.orderlens.enrichment.domain.Tags;
import dev.orderlens.order.application.OrderFinder;
import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderReferenceExtractor;
import dev.orderlens.order.domain.OrderSearchResult;
import dev.orderlens.order.domain.PaymentState;
import dev.orderlens.privacy.domain.ContactRole;
import dev.orderlens.privacy.domain.ContactRoleResolver;
import dev.orderlens.privacy.domain.DisclosurePolicy;
import dev.orderlens.privacy.domain.GiftDetector;
import dev.orderlens.ticket.domain.Ticket;
import dev.orderlens.tracking.application.ParcelTracker;
import dev.orderlens.tracking.application.ParcelTracker.ParcelRef;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.tracking.domain.detection.TrackingNumberExtractor;
import dev.orderlens.tracking.domain.story.ShipmentStory;
import dev.orderlens.understanding.domain.Intent;
import dev.orderlens.understanding.domain.MessageUnderstanding;
import dev.orderlens.understanding.domain.Understanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Timed;

/**
 * Turns a ticket into its {@link Enrichment}: understands the message, finds the orders it is
 * about, lets through only what the person writing may learn, values the customer, decides the
 * handling, and writes the agent's note, tags and flags. It never fails because a shop is down:
 * that becomes the {@code ORDER_SOURCE_UNAVAILABLE} flag.
 */
@ApplicationScoped
public class EnrichmentService {

  public static final String FLAG_ORDER_SOURCE_UNAVAILABLE = "ORDER_SOURCE_UNAVAILABLE";
  public static final String FLAG_NO_ORDER_FOUND = "NO_ORDER_FOUND";
  public static final String FLAG_SUSPICIOUS_ATTEMPT = "SUSPICIOUS_ATTEMPT";

  private OrderFinder orderFinder;
  private MessageUnderstanding understanding;
  private EnrichmentMetrics metrics;
  private PrivacyGate privacy;
  private CustomerValuation valuation;
  private HandlingPolicy handling;
  private Clock clock;
  private ParcelTracker tracker;
  private TrackingNumberExtractor trackingNumbers;
  private ComplaintClassifier complaints;

  /** For CDI's client proxy only. */
  protected EnrichmentService() {}

  @Inject
  public EnrichmentService(
      OrderFinder orderFinder,
      MessageUnderstanding understanding,
      ContactRoleResolver roles,
      GiftDetector gifts,
      DisclosurePolicy disclosure,
      CustomerValuation valuation,
      HandlingPolicy handling,
      ParcelTracker tracker,
      TrackingNumberExtractor trackingNumbers,
      ComplaintClassifier complaints,
      EnrichmentMetrics metrics,
      Clock clock) {
    this.orderFinder = orderFinder;
    this.understanding = understanding;
    this.privacy = new PrivacyGate(roles, gifts, disclosure);
    this.valuation = valuation;
    this.handling = handling;
    this.clock = clock;
    this.tracker = tracker;
    this.trackingNumbers = trackingNumbers;
    this.complaints = complaints;
    this.metrics = metrics;
  }

  /**
   * Created with the application, and with it the understanding models: measured on a cold server,
   * loading them on the first ticket held every enrichment worker for about two seconds.
   */
  void createdAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // observing the start creates the bean and its dependencies
  }

  /**
   * @param history how often the customer wrote before, on this ticket or about the same order
   */
  @Timed(
      name = "orderlens_enrichment",
      absolute = true,
      unit = MetricUnits.SECONDS,
      description = "Time to enrich a ticket: understanding, shops, tracking, note")
  public Enrichment enrich(Ticket ticket, MessageHistory history) {
    Understanding message = understanding.understand(ticket.text());
    List<OrderNumber> numbers = OrderReferenceExtractor.extract(ticket.subject(), ticket.body());
    OrderSearchResult search = orderFinder.find(numbers, ticket.requester().email());
    PrivacyGate.Outcome gate = privacy.apply(ticket.requester(), ticket.text(), search.orders());
    List<Order> orders = gate.orders();
    boolean buyer = gate.role() == ContactRole.BUYER;

    CustomerProfile customer =
        buyer ? valuation.assess(orderFinder.customerHistory(orders.get(0).buyer().email())) : null;
    Handling decision =
        handling.decide(
            new HandlingCase(
                message.intents(),
                customer,
                message.threats(),
                orders.isEmpty() || !buyer ? PaymentState.UNKNOWN : orders.get(0).paymentState(),
                waited(ticket),
                history.earlierMessages(
                        search.orders().isEmpty()
                            ? null
                            : MessageHistory.orderKey(
                                search.orders().get(0).store(),
                                search.orders().get(0).number().value()))
                    + 1,
                faultIssue(message)));

    List<String> flags = new ArrayList<>(gate.flags());
    if (search.anySourceUnavailable()) {
      flags.add(FLAG_ORDER_SOURCE_UNAVAILABLE);
    }
    if (orders.isEmpty() && gate.role() != ContactRole.UNVERIFIED) {
      flags.add(FLAG_NO_ORDER_FOUND);
    }
    flags.addAll(decision.flags());
    List<ShipmentStory> stories =
        tracker.follow(parcels(orders, ticket), message.deliveryAttemptDisputed());
    List<Shipment> shipments = stories.stream().map(ShipmentStory::shipment).toList();
    if (stories.stream().anyMatch(s -> s.suspicion() != null && s.suspicion().isSuspicious())) {
      flags.add(FLAG_SUSPICIOUS_ATTEMPT);
    }
    CourierComplaint complaint =
        complaints
            .primary(
                message,
                shipments.isEmpty()
                    ? TrackingSignals.none(null)
                    : TrackingSignals.from(shipments.get(0)))
            .orElse(null);
    if (complaint != null) {
      flags.add("COURIER_COMPLAINT_" + complaint.category().name());
    }
    List<String> remarks = new ArrayList<>(gate.instructions());
    List<String> orderTags = new ArrayList<>();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    for (Order order : orders) {
      OrderExplainer.Explanation explanation =
          OrderExplainer.explain(
              order,
              today,
              stories,
              orderFinder.platformOf(order),
              buyer ? orderFinder.alternatives(order) : Map.of(),
              buyer);
      remarks.addAll(explanation.lines());
      orderTags.addAll(explanation.tags());
    }
    remarks.addAll(Remarks.of(search.unavailableStores(), complaint, customer, decision));
    AgentNote note =
        NoteWriter.write(gate.warnings(), orders, stories, flags, remarks, gate.role());
    Enrichment enrichment =
        new Enrichment(
            ticket.id(),
            message.language(),
            message.intents(),
            orders,
            shipments,
            customer,
            gate.role(),
            complaint,
            List.copyOf(new LinkedHashSet<>(flags)),
            Tags.of(gate.role(), orders, flags, customer, decision, orderTags),
            note,
            decision.priority());
    metrics.record(enrichment);
    return enrichment;
  }

  private Duration waited(Ticket ticket) {
    boolean email =
        ticket.channel() == null || ticket.channel().toLowerCase(Locale.ROOT).contains("mail");
    if (!email || ticket.createdAt() == null) {
      return Duration.ZERO;
    }
    Duration waited = Duration.between(ticket.createdAt(), clock.instant());
    return waited.isNegative() ? Duration.ZERO : waited;
  }

  private static CustomerFaultIssue faultIssue(Understanding message) {
    return message.intents().contains(Intent.WRONG_ADDRESS)
        ? CustomerFaultIssue.WRONG_ADDRESS
        : null;
  }

  /** The parcels of the orders shown, then any other tracking number written in the ticket. */
  private List<ParcelRef> parcels(List<Order> orders, Ticket ticket) {
    Map<String, ParcelRef> parcels = new LinkedHashMap<>();
    for (Order order : orders) {
      Address address = order.recipient().address();
      order.fulfilments().stream()
          .filter(f -> f.trackingNumber() != null)
          .forEach(
              f ->
                  parcels.putIfAbsent(
                      f.trackingNumber(),
                      new ParcelRef(
                          f.trackingNumber(),
                          f.carrier(),
                          order.promisedTo(),
                          address == null ? null : address.countryCode(),
                          address == null ? null : address.postcode(),
                          order.store(),
                          order.number().value())));
    }
    for (String number : trackingNumbers.extract(ticket.text())) {
      parcels.putIfAbsent(number, ParcelRef.bare(number));
    }
    return List.copyOf(parcels.values());
  }
}
