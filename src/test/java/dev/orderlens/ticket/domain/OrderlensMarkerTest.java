package dev.orderlens.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderlensMarkerTest {

  @Test
  void aMarkedNoteIsRecognisedInItsHtmlAndInItsRenderedText() {
    String html = OrderlensMarker.markHtml("<p>Order #1001.</p>", "0123456789abcdef");

    assertTrue(html.startsWith("<!-- orderlens -->"));
    assertTrue(OrderlensMarker.marks(html));
    assertTrue(OrderlensMarker.marks("  Orderlens: order context\nOrder #1001."));
    assertTrue(OrderlensMarker.marks("<div><!-- ORDERLENS --><p>x</p></div>"));
  }

  @Test
  void theTextPrefixIsAddedOnce() {
    assertEquals(
        "Orderlens: no order found.\nOrderlens ref 01",
        OrderlensMarker.markText("Orderlens: no order found.", "01"));
    assertEquals(
        "Orderlens: order context\nOrder #1001.\nOrderlens ref 01",
        OrderlensMarker.markText("Order #1001.", "01"));
  }

  @Test
  void aNoteCarriesTheReferenceOfItsUpdateAndNoOther() {
    String html = OrderlensMarker.markHtml("<p>Order #1001.</p>", "0123456789abcdef");

    assertTrue(html.endsWith("<p><small>Orderlens ref 0123456789abcdef</small></p>"));
    assertTrue(OrderlensMarker.carries("[{\"body\":\"" + html + "\"}]", "0123456789abcdef"));
    assertFalse(OrderlensMarker.carries("[{\"body\":\"" + html + "\"}]", "fedcba9876543210"));
    assertFalse(OrderlensMarker.carries(null, "0123456789abcdef"));
  }

  @Test
  void aCustomerMentioningOrderlensIsNotTakenForUs() {
    assertFalse(OrderlensMarker.marks("Is Orderlens: the tool you use? My order #1001 is late."));
    assertFalse(OrderlensMarker.marks(null));
  }
}
