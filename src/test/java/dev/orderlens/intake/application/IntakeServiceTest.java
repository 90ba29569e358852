package dev.orderlens.intake.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.carrier.application.ComplaintRecorder;
import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.customer.domain.Priority;
import dev.orderlens.enrichment.application.EnrichmentService;
import dev.orderlens.enrichment.domain.AgentNote;
import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.enrichment.domain.MessageHistory;
import dev.orderlens.intake.domain.AcceptOutcome;
import dev.orderlens.intake.domain.EventInProgressException;
import dev.orderlens.intake.domain.InboundEvent;
import dev.orderlens.intake.domain.TicketEnriched;
import dev.orderlens.intake.domain.TicketEventRepository;
import dev.orderlens.platform.RequestBodies;
import dev.orderlens.platform.outbox.Outbox;
import dev.orderlens.platform.outbox.OutboxEntry;
import dev.orderlens.privacy.domain.ContactRole;
import dev.orderlens.ticket.domain.Requester;
import dev.orderlens.ticket.domain.Ticket;
import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.understanding.domain.Intent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.json.JsonObject;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * Intake with a real {@link EnrichmentCompletion} over an in-memory event store that keeps the
 * store's guarantees (an event recorded once, completed once); the enrichment itself is scripted.
 */
class IntakeServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final InMemoryEvents events = new InMemoryEvents();
  private final ScriptedEnrichment enrichment = new ScriptedEnrichment();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final RecordingEvent announced = new RecordingEvent();
  private final RecordingComplaints complaints = new RecordingComplaints();
  private final IntakeService intake = intake();

  // ---------------------------------------------------------------- native helpdesk events

  @Test
  void aFirstDeliveryIsRecordedAndItsEnrichmentQueuedNotDoneInTheRequest() {
    Ticket ticket = ticket("T-6101");

    AcceptOutcome outcome =
        intake.accept("zendesk", new InboundEvent("evt-6101", ticket, false), "{\"id\":6101}");

    assertEquals(AcceptOutcome.ACCEPTED, outcome);
    InMemoryEvents.Row row = events.row("zendesk", "evt-6101");
    assertEquals("{\"id\":6101}", row.payload);
    assertEquals(ticket, row.ticket);
    assertEquals(NOW, row.recordedAt);
    assertEquals(List.of(), enrichment.enrichedTickets);
    assertEquals(1, outbox.items.size());
    OutboxEntry queued = outbox.items.get(0);
    assertEquals(EventEnrichmentHandler.KIND, queued.kind());
    assertEquals("zendesk", queued.target());
    assertEquals("enrich:zendesk:evt-6101", queued.dedupKey());
    JsonObject payload =
        RequestBodies.jsonObject(queued.payload().getBytes(StandardCharsets.UTF_8));
    assertEquals("zendesk", payload.getString("source"));
    assertEquals("evt-6101", payload.getString("eventId"));
  }

  @Test
  void theQueuedWorkItemEnrichesTheEventStoresItAndAnnouncesItOnce() {
    Ticket ticket = ticket("T-6111");
    intake.accept("zendesk", new InboundEvent("evt-6111", ticket, false), "{}");
    EventEnrichmentHandler handler = new EventEnrichmentHandler();
    handler.intake = intake;

    handler.deliver(outbox.items.get(0));

    assertEquals(List.of("T-6111"), enrichment.enrichedTickets);
    Enrichment stored = events.row("zendesk", "evt-6111").enrichment;
    assertEquals("T-6111", stored.ticketId());
    assertEquals(NOW, events.row("zendesk", "evt-6111").enrichedAt);
    assertEquals(List.of(new TicketEnriched("zendesk", "evt-6111", stored)), announced.fired);
    assertEquals(
        List.of(
            new ComplaintCall(
                "zendesk:T-6111", stored.courierComplaint(), stored.shipments(), ticket.text())),
        complaints.calls);
  }

  @Test
  void theSameEventDeliveredAgainIsADuplicateThatStoresAndQueuesNothingNew() {
    Ticket ticket = ticket("T-6201");
    intake.accept("zendesk", new InboundEvent("evt-6201", ticket, false), "{\"try\":1}");

    AcceptOutcome again =
        intake.accept("zendesk", new InboundEvent("evt-6201", ticket, false), "{\"try\":2}");

    assertEquals(AcceptOutcome.DUPLICATE, again);
    assertEquals(1, events.size());
    assertEquals("{\"try\":1}", events.row("zendesk", "evt-6201").payload);
    assertEquals(1, outbox.items.size());
  }

  @Test
  void theSameEventIdFromAnotherHelpdeskIsAnotherEvent() {
    intake.accept("zendesk", new InboundEvent("evt-6211", ticket("T-6211"), false), "{}");

    AcceptOutcome other =
        intake.accept("freshdesk", new InboundEvent("evt-6211", ticket("T-6212"), false), "{}");

    assertEquals(AcceptOutcome.ACCEPTED, other);
    assertEquals(2, events.size());
    assertEquals(
        List.of("enrich:zendesk:evt-6211", "enrich:freshdesk:evt-6211"),
        outbox.items.stream().map(OutboxEntry::dedupKey).toList());
  }

  @Test
  void anEventOrderlensCausedIsRecordedButNeitherQueuedNorEnriched() {
    AcceptOutcome outcome =
        intake.accept("zendesk", new InboundEvent("evt-6301", ticket("T-6301"), true), "{}");
    intake.enrichAccepted("zendesk", "evt-6301");

    assertEquals(AcceptOutcome.IGNORED, outcome);
    assertTrue(events.row("zendesk", "evt-6301").ignored);
    assertEquals(List.of(), outbox.items);
    assertEquals(List.of(), enrichment.enrichedTickets);
    assertEquals(List.of(), announced.fired);
  }

  @Test
  void aRedeliveredOrderlensEchoIsStillADuplicate() {
    intake.accept("zendesk", new InboundEvent("evt-6311", ticket("T-6311"), true), "{}");

    AcceptOutcome again =
        intake.accept("zendesk", new InboundEvent("evt-6311", ticket("T-6311"), true), "{}");

    assertEquals(AcceptOutcome.DUPLICATE, again);
    assertEquals(1, events.size());
  }

  @Test
  void aWorkItemHandedOverAgainAfterItsEventWasEnrichedDoesNothing() {
    intake.accept("zendesk", new InboundEvent("evt-6401", ticket("T-6401"), false), "{}");
    intake.enrichAccepted("zendesk", "evt-6401");

    intake.enrichAccepted("zendesk", "evt-6401");

    assertEquals(List.of("T-6401"), enrichment.enrichedTickets);
    assertEquals(1, announced.fired.size());
    assertEquals(1, complaints.calls.size());
  }

  @Test
  void aWorkItemForAnEventNeverRecordedDoesNothing() {
    intake.enrichAccepted("zendesk", "evt-6411");

    assertEquals(List.of(), enrichment.enrichedTickets);
    assertEquals(List.of(), announced.fired);
  }

  @Test
  void whenAnotherWorkerCompletesTheEventFirstThisOneAnnouncesAndRecordsNothing() {
    intake.accept("zendesk", new InboundEvent("evt-6501", ticket("T-6501"), false), "{}");
    Enrichment theirs = enrichmentOf("T-6501", "enriched by the other worker");
    enrichment.meanwhile =
        () -> events.completeIfReceived("zendesk", "evt-6501", theirs, NOW.minusSeconds(1));

    intake.enrichAccepted("zendesk", "evt-6501");

    assertSame(theirs, events.row("zendesk", "evt-6501").enrichment);
    assertEquals(List.of(), announced.fired);
    assertEquals(List.of(), complaints.calls);
  }

  @Test
  void theEnrichmentCountsTheCustomersEarlierMessagesOnTheTicketAndTheOrder() {
    events.earlier = 2;
    intake.accept("zendesk", new InboundEvent("evt-6601", ticket("T-6601"), false), "{}");

    intake.enrichAccepted("zendesk", "evt-6601");

    assertEquals(List.of(2), enrichment.earlierMessages);
    assertEquals(List.of("zendesk|evt-6601|T-6601|" + ORDER_KEY), events.countQueries);
  }

  // ---------------------------------------------------------------- generic events

  @Test
  void aGenericEventIsRecordedEnrichedAndAnsweredWithTheStoredEnrichment() {
    Ticket ticket = ticket("T-7101");

    Enrichment answer = intake.receive("generic", "evt-7101", ticket, "{\"n\":1}");

    assertEquals("T-7101", answer.ticketId());
    InMemoryEvents.Row row = events.row("generic", "evt-7101");
    assertSame(row.enrichment, answer);
    assertEquals("{\"n\":1}", row.payload);
    assertEquals(NOW, row.recordedAt);
    assertEquals(NOW, row.enrichedAt);
    assertEquals(List.of("T-7101"), enrichment.enrichedTickets);
    assertEquals(
        List.of(
            new ComplaintCall(
                "generic:T-7101", answer.courierComplaint(), answer.shipments(), ticket.text())),
        complaints.calls);
    assertEquals(List.of(), announced.fired, "a generic event has no helpdesk to write back to");
  }

  @Test
  void aCopyOfAnEnrichedGenericEventGetsTheSameAnswerWithoutAnotherEnrichment() {
    Ticket ticket = ticket("T-7201");
    Enrichment first = intake.receive("generic", "evt-7201", ticket, "{}");

    Enrichment copy = intake.receive("generic", "evt-7201", ticket, "{}");

    assertSame(first, copy);
    assertEquals(List.of("T-7201"), enrichment.enrichedTickets);
    assertEquals(1, complaints.calls.size());
  }

  @Test
  void aCopyWaitsForTheEnrichmentThatIsUnderWay() {
    Ticket ticket = ticket("T-7301");
    events.recordIfAbsent("generic", "evt-7301", ticket, "{}", NOW.minusSeconds(2));
    Enrichment firstWorkers = enrichmentOf("T-7301", "enriched by the first worker");
    events.beforeRead =
        () -> {
          if (events.reads == 3) {
            events.completeIfReceived("generic", "evt-7301", firstWorkers, NOW);
          }
        };
    intake.copyWaitMillis = 5_000;

    Enrichment copy = intake.receive("generic", "evt-7301", ticket, "{}");

    assertSame(firstWorkers, copy);
    assertEquals(3, events.reads);
    assertEquals(List.of(), enrichment.enrichedTickets);
  }

  @Test
  void aCopyOfAnEventStillBeingEnrichedIsRefusedAsInProgress() {
    Ticket ticket = ticket("T-7401");
    events.recordIfAbsent("generic", "evt-7401", ticket, "{}", NOW.minusSeconds(30));

    assertThrows(
        EventInProgressException.class, () -> intake.receive("generic", "evt-7401", ticket, "{}"));

    assertEquals(List.of(), enrichment.enrichedTickets);
    assertEquals(NOW.minusSeconds(30), events.row("generic", "evt-7401").recordedAt);
  }

  @Test
  void anEventWhoseRecorderStoppedIsTakenOverAndEnriched() {
    Ticket ticket = ticket("T-7501");
    events.recordIfAbsent("generic", "evt-7501", ticket, "{}", NOW.minusSeconds(90));

    Enrichment answer = intake.receive("generic", "evt-7501", ticket, "{}");

    assertEquals(List.of("T-7501"), enrichment.enrichedTickets);
    assertSame(events.row("generic", "evt-7501").enrichment, answer);
    assertEquals(NOW, events.row("generic", "evt-7501").recordedAt);
  }

  @Test
  void whenAnotherWorkerCompletesAGenericEventFirstItsEnrichmentIsTheAnswer() {
    Ticket ticket = ticket("T-7601");
    Enrichment theirs = enrichmentOf("T-7601", "enriched by the other worker");
    enrichment.meanwhile =
        () -> events.completeIfReceived("generic", "evt-7601", theirs, NOW.minusSeconds(1));

    Enrichment answer = intake.receive("generic", "evt-7601", ticket, "{}");

    assertSame(theirs, answer);
    assertEquals(List.of(), complaints.calls);
  }

  // ---------------------------------------------------------------- fixtures

  private static final String ORDER_KEY = MessageHistory.orderKey("it-shop", "8801");

  private IntakeService intake() {
    EnrichmentCompletion completion = new EnrichmentCompletion();
    completion.events = events;
    completion.clock = CLOCK;
    completion.enriched = announced;
    completion.complaints = complaints;
    IntakeService service = new IntakeService(events, enrichment, completion, outbox, CLOCK);
    service.copyWaitMillis = 0;
    service.staleSeconds = 60;
    return service;
  }

  private static Ticket ticket(String id) {
    return new Ticket(
        id,
        "Damaged parcel",
        "The box arrived crushed.",
        "email",
        NOW.minusSeconds(60),
        new Requester("kati.nagy@example.com", null, null),
        List.of());
  }

  private static Enrichment enrichmentOf(String ticketId, String noteText) {
    return new Enrichment(
        ticketId,
        "en",
        List.of(Intent.COURIER_COMPLAINT),
        List.of(),
        List.of(),
        null,
        ContactRole.UNVERIFIED,
        new CourierComplaint(ComplaintCategory.DAMAGED, 0.7, null, Blame.CARRIER),
        List.of("VERIFY_IDENTITY", "COURIER_COMPLAINT_DAMAGED"),
        List.of("orderlens"),
        new AgentNote(noteText, "<p>" + noteText + "</p>"),
        Priority.NORMAL);
  }

  /** Enriches by script: asks the history about one order, then lets "another worker" act. */
  private static final class ScriptedEnrichment extends EnrichmentService {
    final List<String> enrichedTickets = new ArrayList<>();
    final List<Integer> earlierMessages = new ArrayList<>();
    Runnable meanwhile = () -> {};

    @Override
    public Enrichment enrich(Ticket ticket, MessageHistory history) {
      enrichedTickets.add(ticket.id());
      earlierMessages.add(history.earlierMessages(ORDER_KEY));
      meanwhile.run();
      return enrichmentOf(ticket.id(), "enriched by this worker");
    }
  }

  /** The event store's guarantees in memory: one row per (source, event id), completed once. */
  private static final class InMemoryEvents implements TicketEventRepository {

    static final class Row {
      final Ticket ticket;
      final String payload;
      final boolean ignored;
      Instant recordedAt;
      Enrichment enrichment;
      Instant enrichedAt;

      Row(Ticket ticket, String payload, boolean ignored, Instant recordedAt) {
        this.ticket = ticket;
        this.payload = payload;
        this.ignored = ignored;
        this.recordedAt = recordedAt;
      }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    final List<String> countQueries = new ArrayList<>();
    int earlier;
    int reads;
    Runnable beforeRead = () -> {};

    Row row(String source, String eventId) {
      return rows.get(key(source, eventId));
    }

    int size() {
      return rows.size();
    }

    private static String key(String source, String eventId) {
      return source + "|" + eventId;
    }

    /** A generic event keeps no ticket of its own: only native events are pending. */
    @Override
    public boolean recordIfAbsent(
        String source, String eventId, Ticket ticket, String payload, Instant at) {
      return rows.putIfAbsent(key(source, eventId), new Row(null, payload, false, at)) == null;
    }

    @Override
    public Optional<Enrichment> enrichmentOf(String source, String eventId) {
      reads++;
      beforeRead.run();
      Row row = row(source, eventId);
      return row == null ? Optional.empty() : Optional.ofNullable(row.enrichment);
    }

    @Override
    public Optional<Enrichment> completeIfReceived(
        String source, String eventId, Enrichment enrichment, Instant at) {
      Row row = row(source, eventId);
      if (row == null || row.ignored || row.enrichment != null) {
        return Optional.empty();
      }
      row.enrichment = enrichment;
      row.enrichedAt = at;
      return Optional.of(enrichment);
    }

    @Override
    public boolean recordForLater(String source, InboundEvent event, String payload, Instant at) {
      return rows.putIfAbsent(
              key(source, event.eventId()),
              new Row(event.ticket(), payload, event.causedByOrderlens(), at))
          == null;
    }

    @Override
    public Optional<PendingEvent> pending(String source, String eventId) {
      Row row = row(source, eventId);
      if (row == null || row.ignored || row.enrichment != null || row.ticket == null) {
        return Optional.empty();
      }
      return Optional.of(new PendingEvent(source, eventId, row.ticket));
    }

    @Override
    public boolean takeOverStale(
        String source, String eventId, Instant recordedBefore, Instant at) {
      Row row = row(source, eventId);
      if (row == null
          || row.ignored
          || row.enrichment != null
          || !row.recordedAt.isBefore(recordedBefore)) {
        return false;
      }
      row.recordedAt = at;
      return true;
    }

    @Override
    public int countEarlier(String source, String eventId, String ticketId, String orderKey) {
      countQueries.add(source + "|" + eventId + "|" + ticketId + "|" + orderKey);
      return earlier;
    }
  }

  /** The queue, as work items a handler would receive. */
  private static final class RecordingOutbox extends Outbox {
    final List<OutboxEntry> items = new ArrayList<>();

    @Override
    public boolean enqueue(String kind, String target, String dedupKey, String payload) {
      items.add(new OutboxEntry(items.size() + 1, kind, target, dedupKey, payload, 1, 0, "claim"));
      return true;
    }
  }

  private static final class RecordingEvent implements Event<TicketEnriched> {
    final List<TicketEnriched> fired = new ArrayList<>();

    @Override
    public void fire(TicketEnriched event) {
      fired.add(event);
    }

    @Override
    public <U extends TicketEnriched> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends TicketEnriched> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<TicketEnriched> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends TicketEnriched> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends TicketEnriched> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  private record ComplaintCall(
      String ticketKey, CourierComplaint complaint, List<Shipment> shipments, String text) {}

  private static final class RecordingComplaints extends ComplaintRecorder {
    final List<ComplaintCall> calls = new ArrayList<>();

    @Override
    public void record(
        String ticketKey, CourierComplaint complaint, List<Shipment> shipments, String text) {
      calls.add(new ComplaintCall(ticketKey, complaint, shipments, text));
    }
  }
}
