package dev.orderlens.tracking.domain.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CarrierDetectorTest {

  private static final CarrierDetector DETECTOR = new CarrierDetector();

  @Test
  void upsNumberNamesTheServiceItEncodes() {
    CarrierCandidate ups = DETECTOR.detect("1Z5R89390357567127").get(0);

    assertEquals("ups", ups.carrierCode());
    assertEquals("UPS United States Ground", ups.service());
    assertTrue(ups.checksumValid());
  }

  @Test
  void spacesAndLowerCaseDoNotMatter() {
    assertEquals(
        DETECTOR.detect("1Z5R89390357567127"), DETECTOR.detect(" 1z 5r8 9390 3575 6712 7 "));
  }

  @Test
  void emptyOrMissingNumberHasNoCandidates() {
    assertTrue(DETECTOR.detect(null).isEmpty());
    assertTrue(DETECTOR.detect("   ").isEmpty());
    assertFalse(DETECTOR.recognises(null));
  }

  @Test
  void numberWithAWrongCheckDigitIsRejected() {
    assertTrue(DETECTOR.detect("1Z5R89390357567128").isEmpty());
    assertFalse(DETECTOR.recognises("1Z5R89390357567128"));
  }
}
