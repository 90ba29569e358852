package dev.orderlens.carrier.api;

/**
 * An admin registers a carrier: its display name, the URL reports are pushed to (null: pull only)
 * and the ORDERLENS_CARRIER_* environment variable holding its signing secret (default
 * ORDERLENS_CARRIER_REPORT_SECRET).
 */
public record CarrierRegistrationRequest(String name, String pushUrl, String secretRef) {

  /** The answer: the new API key, shown this once. */
  public record Issued(String code, String apiKey) {}
}
