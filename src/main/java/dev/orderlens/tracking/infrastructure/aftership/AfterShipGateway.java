package dev.orderlens.tracking.infrastructure.aftership;

import static dev.orderlens.platform.Jsons.JSON;

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
 * Calls AfterShip with the fault tolerance a helpdesk's 10 s webhook timeout demands: 2 s per
 * attempt, one jittered retry, and a circuit breaker so an AfterShip outage stops costing time. A
 * refusal (4xx) is not an outage: it is neither retried nor counted.
 */
@ApplicationScoped
public class AfterShipGateway {

  /** The provider's name in metrics and on the admin's overview. */
  public static final String PROVIDER = "aftership";

  private String key;
  private String version;
  private AfterShipApi api;

  /** For CDI's client proxy only. */
  protected AfterShipGateway() {}

  @Inject
  public AfterShipGateway(
      @ConfigProperty(name = "tracking.aftership.url", defaultValue = "https://api.aftership.com")
          String url,
      @ConfigProperty(name = "orderlens.tracking.aftership.key") Optional<String> key,
      @ConfigProperty(name = "tracking.aftership.api-version", defaultValue = "2026-07")
          String version) {
    this.key = key.filter(k -> !k.isBlank()).orElse(null);
    this.version = version;
    this.api = ProviderClients.build(AfterShipApi.class, PROVIDER, URI.create(url));
  }

  public boolean configured() {
    return key != null;
  }

  /** The {@code data.trackings} answer for this number, or empty when AfterShip says 404. */
  @Retry(abortOn = TrackingProviderException.Refused.class)
  @CircuitBreaker(skipOn = TrackingProviderException.Refused.class)
  public Optional<JsonObject> find(String trackingNumber) {
    try {
      return Optional.of(api.find(version, key, trackingNumber));
    } catch (TrackingProviderException.Refused e) {
      if (e.notFound()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Asks AfterShip to follow a number it does not know yet; its answer is the new tracking. Not
   * retried: a creation that timed out may have happened, and the next ticket finds it anyway.
   */
  @CircuitBreaker(skipOn = TrackingProviderException.Refused.class)
  public JsonObject create(String trackingNumber) {
    return api.create(
        version, key, JSON.createObjectBuilder().add("tracking_number", trackingNumber).build());
  }
}
