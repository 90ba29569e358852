package dev.orderlens.tracking.infrastructure.seventeentrack;

import dev.orderlens.platform.security.Hmac;
import dev.orderlens.tracking.domain.TrackingPush;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.infrastructure.PushBodies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 17TRACK's webhooks ({@code TRACKING_UPDATED}; {@code TRACKING_STOPPED} carries no report).
 * 17TRACK signs each with the {@code sign} header: hex SHA-256 of {@code <raw body>/<security
 * key>}, the key being the API token ({@code ORDERLENS_TRACKING_17TRACK_KEY}).
 */
@ApplicationScoped
public class SeventeenTrackPush implements TrackingPush {

  static final String SIGNATURE_HEADER = "sign";

  private String key;

  /** For CDI's client proxy only. */
  protected SeventeenTrackPush() {}

  @Inject
  public SeventeenTrackPush(
      @ConfigProperty(name = "orderlens.tracking.17track.key") Optional<String> key) {
    this.key = key.filter(k -> !k.isBlank()).orElse(null);
  }

  @Override
  public String provider() {
    return "17track";
  }

  @Override
  public boolean enabled() {
    return key != null;
  }

  @Override
  public List<TrackingReport> read(UnaryOperator<String> header, byte[] body) {
    String given = header.apply(SIGNATURE_HEADER);
    if (!Hmac.sameText(sign(key, body), given == null ? null : given.toLowerCase(Locale.ROOT))) {
      throw new PushRefusedException(
          PushRefusedException.Reason.SIGNATURE, "The sign header is wrong.");
    }
    return SeventeenTrackParser.parse(PushBodies.object(body));
  }

  static String sign(String key, byte[] body) {
    return Hmac.sha256Hex(
        (new String(body, StandardCharsets.UTF_8) + "/" + key).getBytes(StandardCharsets.UTF_8));
  }
}
