package dev.orderlens.writeback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderlensMarkerTest {

  @Test
  void aMarkedNoteIsRecognisedInItsHtmlAndInItsRenderedText() {
    String html = OrderlensMarker.markHtml("<p>Order #1001.</p>");

    assertTrue(html.startsWith("<!-- orderlens -->"));
    assertTrue(OrderlensMarker.marks(html));
    assertTrue(OrderlensMarker.marks("  Orderlens: order context\nOrder #1001."));
    assertTrue(OrderlensMarker.marks("<div><!-- ORDERLENS --><p>x</p></div>"));
  }

  @Test
  void theTextPrefixIsAddedOnce() {
    assertEquals(
        "Orderlens: no order found.", OrderlensMarker.markText("Orderlens: no order found."));
    assertEquals(
        "Orderlens: order context\nOrder #1001.", OrderlensMarker.markText("Order #1001."));
  }

  @Test
  void aCustomerMentioningOrderlensIsNotTakenForUs() {
    assertFalse(OrderlensMarker.marks("Is Orderlens: the tool you use? My order #1001 is late."));
    assertFalse(OrderlensMarker.marks(null));
  }
}
