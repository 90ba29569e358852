package dev.orderlens.tracking.infrastructure.seventeentrack;

import static dev.orderlens.platform.Jsons.JSON;

import dev.orderlens.tracking.infrastructure.ProviderClients;
import dev.orderlens.tracking.infrastructure.TrackingProviderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Calls 17TRACK with 2 s per attempt, one jittered retry for reads and a circuit breaker; a refusal
 * (4xx) is neither retried nor counted as an outage. The token is the account's security key, the
 * same key that signs 17TRACK's webhooks.
 */
@ApplicationScoped
public class SeventeenTrackGateway {

  /** The provider's name in metrics and on the admin's overview. */
  public static final String PROVIDER = "17track";

  private String token;
  private String version;
  private SeventeenTrackApi api;

  /** For CDI's client proxy only. */
  protected SeventeenTrackGateway() {}

  @Inject
  public SeventeenTrackGateway(
      @ConfigProperty(name = "tracking.17track.url", defaultValue = "https://api.17track.net")
          String url,
      @ConfigProperty(name = "orderlens.tracking.17track.key") Optional<String> token,
      @ConfigProperty(name = "tracking.17track.api-version", defaultValue = "v2.2")
          String version) {
    this.token = token.filter(k -> !k.isBlank()).orElse(null);
    this.version = version;
    this.api = ProviderClients.build(SeventeenTrackApi.class, PROVIDER, URI.create(url));
  }

  public boolean configured() {
    return token != null;
  }

  @Retry(abortOn = TrackingProviderException.Refused.class)
  @CircuitBreaker(skipOn = TrackingProviderException.Refused.class)
  public JsonObject trackInfo(String trackingNumber) {
    return api.trackInfo(version, token, numbers(trackingNumber));
  }

  /** Asks 17TRACK to start following the number; its news comes later, by webhook. */
  @CircuitBreaker(skipOn = TrackingProviderException.Refused.class)
  public JsonObject register(String trackingNumber) {
    return api.register(version, token, numbers(trackingNumber));
  }

  private static JsonArray numbers(String trackingNumber) {
    return JSON.createArrayBuilder()
        .add(JSON.createObjectBuilder().add("number", trackingNumber))
        .build();
  }
}
