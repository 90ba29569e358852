package dev.orderlens.tracking.domain;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Inbound port for a provider's pushed tracking updates (webhooks). Each provider authenticates its
 * pushes its own way, so the adapter both checks the request and reads the reports; the application
 * only learns which parcels changed.
 */
public interface TrackingPush {

  /** The path name the provider pushes to: {@code aftership}, {@code 17track}, {@code dhl}. */
  String provider();

  /** False when no secret is configured: the endpoint then does not exist for this provider. */
  boolean enabled();

  /**
   * The reports in an authenticated push.
   *
   * @param header a request header by (case-insensitive) name, or null
   * @throws PushRefusedException when the signature or the body is wrong
   */
  List<TrackingReport> read(UnaryOperator<String> header, byte[] body);

  /** Why a push was refused: it is not from the provider, or not something it sends. */
  class PushRefusedException extends RuntimeException {

    /** What was wrong with the push. */
    public enum Reason {
      SIGNATURE,
      BODY
    }

    private final Reason reason;

    public PushRefusedException(Reason reason, String detail) {
      super(detail);
      this.reason = reason;
    }

    public Reason reason() {
      return reason;
    }
  }
}
