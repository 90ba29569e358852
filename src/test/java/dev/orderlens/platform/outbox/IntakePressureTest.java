package dev.orderlens.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntakePressureTest {

  @Test
  void oneWebhookAtATimeLeavesTheBackgroundItsSpeed() {
    IntakePressure pressure = new IntakePressure();

    pressure.started();

    assertFalse(pressure.busy());
  }

  @Test
  void webhooksOverlappingMeanPressureUntilTheyAreAnswered() {
    IntakePressure pressure = new IntakePressure();

    pressure.started();
    pressure.started();
    assertTrue(pressure.busy());

    pressure.finished();
    assertFalse(pressure.busy());
  }
}
