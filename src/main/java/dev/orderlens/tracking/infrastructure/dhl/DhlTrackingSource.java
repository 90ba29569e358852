package dev.orderlens.tracking.infrastructure.dhl;

import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * DHL's unified tracking as a source, active only when {@code ORDERLENS_TRACKING_DHL_KEY} is set.
 * It only knows DHL parcels, so it is asked only when the carrier is unknown or is a DHL one; its
 * rate limit is too small to spend on other carriers' numbers.
 */
@ApplicationScoped
public class DhlTrackingSource implements TrackingSource {

  private DhlGateway gateway;

  /** For CDI's client proxy only. */
  protected DhlTrackingSource() {}

  @Inject
  public DhlTrackingSource(DhlGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public Optional<TrackingReport> track(String trackingNumber, String carrierHint) {
    if (!gateway.configured()
        || (carrierHint != null && !carrierHint.toLowerCase(Locale.ROOT).contains("dhl"))) {
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
}
