package dev.orderlens.tracking.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.platform.ProblemException;
import dev.orderlens.tracking.api.TrackingNumberResource.CandidateView;
import dev.orderlens.tracking.domain.detection.CarrierCandidate.Checksum;
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
    assertEquals(Checksum.VALID, first.checksum());
  }

  @Test
  void aNumberWrittenWithSpacesIsReadWithoutThemBeforeItsLengthIsChecked() {
    String spaced = String.join(" ", "1001901781990001000300617767839437".split(""));

    CandidateView first = resource.candidates(spaced).get(0);

    assertTrue(spaced.length() > TrackingNumberResource.MAX_LENGTH);
    assertEquals("fedex", first.carrierCode());
    assertEquals(Checksum.VALID, first.checksum());
    assertEquals(
        "fedex",
        resource.candidates("1001-9017-8199-0001-0003-0061-7767-8394-37").get(0).carrierCode());
  }

  @Test
  void aFormatWithoutCheckDigitSaysSoInsteadOfCallingTheNumberInvalid() {
    CandidateView amazon =
        resource.candidates("C1004444444").stream()
            .filter(c -> c.carrierCode().equals("amazon"))
            .findFirst()
            .orElseThrow();

    assertEquals(Checksum.NONE, amazon.checksum());
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
