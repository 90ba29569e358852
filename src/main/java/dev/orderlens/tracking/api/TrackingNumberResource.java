package dev.orderlens.tracking.api;

import dev.orderlens.platform.ProblemException;
import dev.orderlens.tracking.domain.detection.CarrierCandidate;
import dev.orderlens.tracking.domain.detection.CarrierDetector;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Which carriers a tracking number could belong to. Public: it answers from the number's format
 * alone and reveals nothing stored.
 */
@Path("/v1/tracking-numbers/{number}")
public class TrackingNumberResource {

  static final int MAX_LENGTH = 64;

  @Inject CarrierDetector detector;

  /**
   * One carrier whose format the number fits.
   *
   * @param checksum {@code VALID}: the format's check digit matched; {@code NONE}: the format has
   *     no check digit (shape only)
   */
  public record CandidateView(
      String carrierCode, String carrierName, String service, CarrierCandidate.Checksum checksum) {

    static CandidateView of(CarrierCandidate c) {
      return new CandidateView(c.carrierCode(), c.carrierName(), c.service(), c.checksum());
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The carriers a tracking number's format fits, checked ones first")
  public List<CandidateView> candidates(@PathParam("number") String number) {
    String compact = CarrierDetector.withoutSeparators(number);
    if (compact.isEmpty() || compact.length() > MAX_LENGTH) {
      throw ProblemException.badRequest(
          "A tracking number has 1 to "
              + MAX_LENGTH
              + " characters, not counting spaces and dashes.");
    }
    return detector.detect(number).stream().map(CandidateView::of).toList();
  }
}
