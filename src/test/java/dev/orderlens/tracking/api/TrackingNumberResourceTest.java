package dev.orderlens.tracking.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.platform.ProblemException;
import dev.orderlens.tracking.api.TrackingNumberResource.CandidateView;
import dev.orderlens.tracking.domain.detection.CarrierDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackingNumberResourceTest {

  private final TrackingNumberResource resource = new TrackingNumberResource();

  {
    resource.detector = new CarrierDetector();
  }

  @Test
  void upsNumberIsAnsweredWithItsCheckedCandidate() {
    CandidateView first = resource.candidates("1Z5R89390357567127").get(0);

    assertEquals("ups", first.carrierCode());
    assertTrue(first.checksumValid());
  }

  @Test
  void unrecognisedNumberHasNoCandidates() {
    assertEquals(List.of(), resource.candidates("HELLO"));
  }

  @Test
  void blankOrOverlongNumberIsABadRequest() {
    ProblemException blank = assertThrows(ProblemException.class, () -> resource.candidates(" "));
    assertThrows(ProblemException.class, () -> resource.candidates("9".repeat(65)));
    assertEquals(400, blank.problem().status());
  }
}
