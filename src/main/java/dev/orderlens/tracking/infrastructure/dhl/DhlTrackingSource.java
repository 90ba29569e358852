package dev.orderlens.tracking.infrastructure.dhl;

import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingSource;
import dev.orderlens.tracking.domain.detection.CarrierCandidate;
import dev.orderlens.tracking.domain.detection.CarrierDetector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DHL's unified tracking as a source, active only when {@code ORDERLENS_TRACKING_DHL_KEY} is set.
 * It only knows DHL parcels, so it is asked only when the hint names DHL or, without a hint, when
 * the number's check digit does not prove it another carrier's: its rate limit is too small to
 * spend on other carriers' numbers.
 */
@ApplicationScoped
public class DhlTrackingSource implements TrackingSource {

  private DhlGateway gateway;
  private CarrierDetector detector;

  /** For CDI's client proxy only. */
  protected DhlTrackingSource() {}

  @Inject
  public DhlTrackingSource(DhlGateway gateway, CarrierDetector detector) {
    this.gateway = gateway;
    this.detector = detector;
  }

  @Override
  public String provider() {
    return DhlGateway.PROVIDER;
  }

  @Override
  public Optional<TrackingReport> track(String trackingNumber, String carrierHint) {
    if (!gateway.configured() || !mayBeDhl(trackingNumber, carrierHint)) {
      return Optional.empty();
    }
    return gateway
        .shipments(trackingNumber)
        .flatMap(
            answer ->
                DhlTrackingParser.parse(answer).stream()
                    .filter(r -> trackingNumber.equalsIgnoreCase(r.trackingNumber()))
                    .findFirst());
  }

  /**
   * A DHL hint, or no hint and a number whose check digit does not prove another carrier's (DHL and
   * Deutsche Post numbers are often plain digits that fit several formats).
   */
  private boolean mayBeDhl(String trackingNumber, String carrierHint) {
    if (carrierHint != null) {
      return isDhl(carrierHint);
    }
    List<CarrierCandidate> checked =
        detector.detect(trackingNumber).stream().filter(CarrierCandidate::checksumValid).toList();
    return checked.isEmpty()
        || checked.stream().anyMatch(c -> isDhl(c.carrierCode()) || isDhl(c.carrierName()));
  }

  private static boolean isDhl(String name) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return lower.contains("dhl") || lower.contains("deutsche post");
  }
}
