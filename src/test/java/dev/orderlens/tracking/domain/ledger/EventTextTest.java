package dev.orderlens.tracking.domain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EventTextTest {

  @Test
  void signersNameIsNotKept() {
    assertEquals(
        "Delivered, signed by [name]", EventText.withoutReceiver("Delivered, signed by: M. ROSSI"));
  }

  @Test
  void neighboursNameIsNotKeptInGermanEither() {
    assertEquals(
        "Zugestellt an Nachbar [name]",
        EventText.withoutReceiver("Zugestellt an Nachbar Herr Müller, Hausnr. 3"));
  }

  @Test
  void descriptionWithoutAReceiverIsKeptWhole() {
    assertEquals("Departed from facility", EventText.withoutReceiver("Departed from facility"));
    assertNull(EventText.withoutReceiver(null));
  }
}
