package dev.orderlens.intake.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orderlens.intake.domain.HelpdeskDialect.InvalidPayloadException;
import org.junit.jupiter.api.Test;

class PayloadsIdTest {

  @Test
  void aTicketIdLongerThanTheDatabaseStoresIsRefusedAtIntake() {
    InvalidPayloadException refused =
        assertThrows(
            InvalidPayloadException.class, () -> Payloads.requireId("9".repeat(5000), "ticket.id"));

    assertEquals("The field ticket.id is longer than 191 characters.", refused.getMessage());
  }

  @Test
  void anIdThatFitsIsKeptWithoutSurroundingSpaces() {
    assertEquals("4711", Payloads.requireId(" 4711 ", "ticket.id"));
  }
}
