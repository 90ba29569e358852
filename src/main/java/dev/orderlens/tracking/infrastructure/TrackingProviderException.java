package dev.orderlens.tracking.infrastructure;

/**
 * A tracking provider answered with an error status. A refusal (4xx) is not an outage: retrying it
 * will not help and it must not open the circuit; a 404 means the provider does not know the
 * number.
 */
public class TrackingProviderException extends RuntimeException {

  private final int status;

  public TrackingProviderException(int status) {
    super("Tracking provider answered HTTP " + status);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public boolean notFound() {
    return status == 404;
  }

  /** Thrown for 4xx answers: the request was refused, the provider is up. */
  public static class Refused extends TrackingProviderException {
    public Refused(int status) {
      super(status);
    }
  }
}
