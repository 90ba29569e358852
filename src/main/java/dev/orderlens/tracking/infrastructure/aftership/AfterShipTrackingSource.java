package dev.orderlens.tracking.infrastructure.aftership;

import static dev.orderlens.platform.Jsons.JSON;

import dev.orderlens.platform.JsonFields;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingSource;
import dev.orderlens.tracking.infrastructure.TrackingProviderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * AfterShip as a tracking source, active only when {@code ORDERLENS_TRACKING_AFTERSHIP_KEY} is set.
 * A number AfterShip does not follow yet is created there, leaving AfterShip to detect the courier
 * (a shop's carrier name is rarely an AfterShip slug), and its first, usually pending, report is
 * returned; later news comes by webhook.
 */
@ApplicationScoped
public class AfterShipTrackingSource implements TrackingSource {

  private AfterShipGateway gateway;

  /** For CDI's client proxy only. */
  protected AfterShipTrackingSource() {}

  @Inject
  public AfterShipTrackingSource(AfterShipGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public String provider() {
    return AfterShipGateway.PROVIDER;
  }

  @Override
  public Optional<TrackingReport> track(String trackingNumber, String carrierHint) {
    if (!gateway.configured()) {
      return Optional.empty();
    }
    Optional<JsonObject> known =
        gateway.find(trackingNumber).map(AfterShipTrackingSource::firstTracking);
    if (known.isPresent()) {
      return AfterShipTrackingParser.parse(known.get());
    }
    try {
      return AfterShipTrackingParser.parse(gateway.create(trackingNumber));
    } catch (TrackingProviderException.Refused e) {
      return Optional.empty();
    }
  }

  /** {@code data.trackings[0]} wrapped as a single tracking, or null when the list is empty. */
  private static JsonObject firstTracking(JsonObject answer) {
    JsonObject data = JsonFields.object(answer, "data");
    JsonArray trackings = data == null ? null : data.getJsonArray("trackings");
    if (trackings == null) {
      return data == null ? null : answer;
    }
    return trackings.isEmpty()
        ? null
        : JSON.createObjectBuilder().add("data", trackings.getJsonObject(0)).build();
  }
}
