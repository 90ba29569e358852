package dev.orderlens.tracking.domain;

import java.util.Optional;

/**
 * Outbound port to a tracking provider (AfterShip, 17TRACK, DHL, …). The enrichment asks it for a
 * parcel's story without knowing which vendor answers; adapters live in {@code
 * tracking.infrastructure.<vendor>}.
 */
public interface TrackingSource {

  /**
   * The parcel's report, or empty when the source does not know the number.
   *
   * @param carrierHint a carrier code from the detector or the order, or null to let the source
   *     detect it
   */
  Optional<TrackingReport> track(String trackingNumber, String carrierHint);

  /** The provider's name, as its calls are counted and shown to the admin ("dhl", "aftership"). */
  default String provider() {
    return "tracking";
  }
}
