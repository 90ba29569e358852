package dev.orderlens.tracking.infrastructure.dhl;

import dev.orderlens.platform.security.Hmac;
import dev.orderlens.tracking.domain.TrackingPush;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.infrastructure.PushBodies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pushes from DHL's Shipment Tracking - Unified - Push API. DHL does not sign them: a subscription
 * names a header and a token ({@code hook.authentication}, type {@code ApiKeyAuthentication}) that
 * DHL sends with every push. The header is {@code tracking.dhl.push-header}; the token, a shared
 * secret, is {@code ORDERLENS_TRACKING_DHL_PUSH_TOKEN}, and without it DHL pushes are refused.
 */
@ApplicationScoped
public class DhlPush implements TrackingPush {

  private String header;
  private String token;

  /** For CDI's client proxy only. */
  protected DhlPush() {}

  @Inject
  public DhlPush(
      @ConfigProperty(name = "tracking.dhl.push-header", defaultValue = "X-Orderlens-Dhl-Token")
          String header,
      @ConfigProperty(name = "orderlens.tracking.dhl.push-token") Optional<String> token) {
    this.header = header;
    this.token = token.filter(t -> !t.isBlank()).orElse(null);
  }

  @Override
  public String provider() {
    return "dhl";
  }

  @Override
  public boolean enabled() {
    return token != null;
  }

  @Override
  public List<TrackingReport> read(UnaryOperator<String> headers, byte[] body) {
    if (!Hmac.sameText(token, headers.apply(header))) {
      throw new PushRefusedException(
          PushRefusedException.Reason.SIGNATURE, "The " + header + " token is wrong.");
    }
    return DhlTrackingParser.parse(PushBodies.object(body));
  }
}
