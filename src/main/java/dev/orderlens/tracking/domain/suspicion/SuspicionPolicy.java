package dev.orderlens.tracking.domain.suspicion;

/**
 * The tunable part of the suspicious-attempt rules, so they can be configured per shop or carrier
 * without touching the rules themselves.
 *
 * @param maxDistanceKm an attempt scanned farther than this from the address is suspect
 * @param burstMinutes attempts closer together than this look like a batch scan, not visits
 * @param threshold score from which an attempt is called suspicious
 */
public record SuspicionPolicy(double maxDistanceKm, long burstMinutes, double threshold) {

  /** 2 km, 15 minutes, threshold 0.5. */
  public static final SuspicionPolicy DEFAULT = new SuspicionPolicy(2.0, 15, 0.5);

  public SuspicionPolicy {
    if (maxDistanceKm <= 0 || burstMinutes <= 0 || threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("invalid suspicion policy");
    }
  }
}
