package dev.orderlens.tracking.infrastructure.seventeentrack;

import dev.orderlens.platform.JsonFields;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * 17TRACK as a tracking source, active only when {@code ORDERLENS_TRACKING_17TRACK_KEY} is set. A
 * number 17TRACK has not registered is registered on the spot (17TRACK detects the carrier) and
 * reported as unknown for now: 17TRACK pushes its first report once it has one.
 */
@ApplicationScoped
public class SeventeenTrackSource implements TrackingSource {

  /** 17TRACK's error code for "the number is not registered". */
  static final int NOT_REGISTERED = -18019902;

  private SeventeenTrackGateway gateway;

  /** For CDI's client proxy only. */
  protected SeventeenTrackSource() {}

  @Inject
  public SeventeenTrackSource(SeventeenTrackGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public String provider() {
    return SeventeenTrackGateway.PROVIDER;
  }

  @Override
  public Optional<TrackingReport> track(String trackingNumber, String carrierHint) {
    if (!gateway.configured()) {
      return Optional.empty();
    }
    JsonObject answer = gateway.trackInfo(trackingNumber);
    Optional<TrackingReport> report =
        SeventeenTrackParser.parse(answer).stream()
            .filter(r -> trackingNumber.equalsIgnoreCase(r.trackingNumber()))
            .findFirst();
    if (report.isEmpty() && notRegistered(answer, trackingNumber)) {
      gateway.register(trackingNumber);
    }
    return report;
  }

  private static boolean notRegistered(JsonObject answer, String trackingNumber) {
    JsonObject data = JsonFields.object(answer, "data");
    JsonArray rejected = data == null ? null : data.getJsonArray("rejected");
    return rejected != null
        && rejected.getValuesAs(JsonObject.class).stream()
            .filter(r -> trackingNumber.equalsIgnoreCase(JsonFields.text(r, "number")))
            .map(r -> JsonFields.number(JsonFields.object(r, "error"), "code"))
            .anyMatch(code -> code != null && code.intValue() == NOT_REGISTERED);
  }
}
