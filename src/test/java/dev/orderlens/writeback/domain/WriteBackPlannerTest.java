package dev.orderlens.writeback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.customer.domain.Priority;
import dev.orderlens.enrichment.domain.AgentNote;
import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.privacy.domain.ContactRole;
import dev.orderlens.understanding.domain.Intent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteBackPlannerTest {

  private static Enrichment enrichment(String noteText) {
    Order order =
        new Order(
            "eu",
            OrderNumber.of("1001"),
            OrderStatus.SHIPPED,
            null,
            Instant.parse("2026-11-18T10:00:00Z"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            null);
    return new Enrichment(
        "T-9",
        "it",
        List.of(Intent.ORDER_STATUS),
        List.of(order),
        List.of(),
        null,
        ContactRole.BUYER,
        null,
        List.of(),
        List.of("orderlens", "order_shipped"),
        new AgentNote(noteText, "<p>" + noteText + "</p>"),
        Priority.HIGH);
  }

  @Test
  void theUpdateCarriesTagsMarkedNoteFieldsAndPriority() {
    TicketUpdate update = WriteBackPlanner.plan(enrichment("Order #1001 shipped."));

    assertEquals("T-9", update.ticketId());
    assertEquals(List.of("orderlens", "order_shipped"), update.tags());
    assertEquals("Order #1001 shipped.", update.noteText());
    assertTrue(update.noteHtml().contains("<p>Order #1001 shipped.</p>"));
    assertEquals("1001", update.fields().get("orderlens_order_number"));
    assertEquals("SHIPPED", update.fields().get("orderlens_order_status"));
    assertEquals("BUYER", update.fields().get("orderlens_contact_role"));
    assertEquals("ORDER_STATUS", update.fields().get("orderlens_intent"));
    assertEquals("HIGH", update.priority());
  }

  @Test
  void anUnchangedUpdateIsNotSentAgain() {
    TicketUpdate first = WriteBackPlanner.plan(enrichment("Order #1001 shipped."));
    TicketUpdate again = WriteBackPlanner.plan(enrichment("Order #1001 shipped."));

    assertFalse(WriteBackDecision.needsSending(again, WriteBackDecision.fingerprint(first)));
  }

  @Test
  void aChangedNoteIsSent() {
    TicketUpdate first = WriteBackPlanner.plan(enrichment("Order #1001 shipped."));
    TicketUpdate changed = WriteBackPlanner.plan(enrichment("Order #1001 delivered."));

    assertTrue(WriteBackDecision.needsSending(changed, WriteBackDecision.fingerprint(first)));
    assertTrue(WriteBackDecision.needsSending(first, null));
  }
}
