package dev.orderlens.tracking.infrastructure.dhl;

import dev.orderlens.tracking.infrastructure.ProviderClients;
import dev.orderlens.tracking.infrastructure.TrackingProviderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Calls DHL's unified tracking with 2 s per attempt, one jittered retry and a circuit breaker. DHL
 * answers 404 for a number it does not know: that is "not found", not an outage.
 */
@ApplicationScoped
public class DhlGateway {

  /** The provider's name in metrics and on the admin's overview. */
  public static final String PROVIDER = "dhl";

  private String key;
  private DhlTrackingApi api;

  /** For CDI's client proxy only. */
  protected DhlGateway() {}

  @Inject
  public DhlGateway(
      @ConfigProperty(name = "tracking.dhl.url", defaultValue = "https://api-eu.dhl.com")
          String url,
      @ConfigProperty(name = "orderlens.tracking.dhl.key") Optional<String> key) {
    this.key = key.filter(k -> !k.isBlank()).orElse(null);
    this.api = ProviderClients.build(DhlTrackingApi.class, PROVIDER, URI.create(url));
  }

  public boolean configured() {
    return key != null;
  }

  @Retry(abortOn = TrackingProviderException.Refused.class)
  @CircuitBreaker(skipOn = TrackingProviderException.Refused.class)
  public Optional<JsonObject> shipments(String trackingNumber) {
    try {
      return Optional.of(api.shipments(key, trackingNumber));
    } catch (TrackingProviderException.Refused e) {
      if (e.notFound()) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
