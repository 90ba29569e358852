package dev.orderlens.tracking.domain.detection;

import java.util.Objects;

/**
 * One carrier whose format a tracking number fits. A number may fit several (pure digits often do),
 * so the detector returns every candidate and lets the caller or a tracking report decide.
 *
 * @param carrierCode stable code, e.g. {@code ups}, {@code dhl}, {@code gls}, {@code s10}
 * @param carrierName human name; for UPU S10 numbers the issuing postal operator
 * @param formatId stable id of the matched format, e.g. {@code fedex_12}
 * @param formatName human name of the format, e.g. {@code FedEx Express (12)}
 * @param service the service the number encodes (the data set's "Service Type" lookup, e.g. {@code
 *     UPS United States Ground}), or null when the format encodes none
 * @param checksum {@code VALID} when the format carries a check digit and it matched; {@code NONE}
 *     when the format has no check digit, so the match rests on the shape alone (weaker evidence).
 *     A number whose check digit fails is no candidate at all.
 */
public record CarrierCandidate(
    String carrierCode,
    String carrierName,
    String formatId,
    String formatName,
    String service,
    Checksum checksum) {

  /** What the number's check digit says. */
  public enum Checksum {
    /** The format has a check digit and the number's is right. */
    VALID,
    /** The format has no check digit: the match rests on the shape alone. */
    NONE
  }

  public CarrierCandidate {
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(formatId, "formatId");
    Objects.requireNonNull(checksum, "checksum");
  }

  /** Whether a check digit confirmed the number: stronger evidence than the shape alone. */
  public boolean checksumValid() {
    return checksum == Checksum.VALID;
  }
}
