package dev.orderlens.tracking.infrastructure.aftership;

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
 * AfterShip's {@code tracking_update} webhooks. AfterShip signs each with the {@code
 * aftership-hmac-sha256} header: base64 HMAC-SHA256 of the raw body with the account's webhook
 * secret ({@code ORDERLENS_TRACKING_AFTERSHIP_WEBHOOK_SECRET}).
 */
@ApplicationScoped
public class AfterShipPush implements TrackingPush {

  static final String SIGNATURE_HEADER = "aftership-hmac-sha256";

  private String secret;

  /** For CDI's client proxy only. */
  protected AfterShipPush() {}

  @Inject
  public AfterShipPush(
      @ConfigProperty(name = "orderlens.tracking.aftership.webhook-secret")
          Optional<String> secret) {
    this.secret = secret.filter(s -> !s.isBlank()).orElse(null);
  }

  @Override
  public String provider() {
    return "aftership";
  }

  @Override
  public boolean enabled() {
    return secret != null;
  }

  @Override
  public List<TrackingReport> read(UnaryOperator<String> header, byte[] body) {
    if (!Hmac.sameText(Hmac.sha256Base64(secret, body), header.apply(SIGNATURE_HEADER))) {
      throw new PushRefusedException(
          PushRefusedException.Reason.SIGNATURE, "The aftership-hmac-sha256 signature is wrong.");
    }
    return AfterShipTrackingParser.parse(PushBodies.object(body)).stream().toList();
  }
}
