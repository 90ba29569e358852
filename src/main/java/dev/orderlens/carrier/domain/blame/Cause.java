package dev.orderlens.carrier.domain.blame;

import java.util.Locale;

/**
 * Why a delivery went wrong, as far as anyone can tell. Mirrors Karrio's incident-reason split
 * ({@code carrier_*}, {@code retailer_*}, {@code consignee_*}, {@code customs_*}, weather / force
 * majeure) because that split is what decides blame.
 */
public enum Cause {
  UNKNOWN,
  CARRIER,
  NOT_YET_SHIPPED,
  AWAITING_SUPPLIER,
  WRONG_ADDRESS,
  CONSIGNEE_ABSENT,
  CUSTOMS,
  WEATHER,
  FORCE_MAJEURE;

  /**
   * Reads a Karrio-style incident reason ({@code retailer_not_ready}, {@code consignee_not_home},
   * {@code customs_delay}, {@code weather_delay}, {@code carrier_sorting_error}); null, blank and
   * unrecognised reasons are {@link #UNKNOWN}.
   */
  public static Cause fromIncidentReason(String reason) {
    if (reason == null || reason.isBlank()) {
      return UNKNOWN;
    }
    String r = reason.strip().toLowerCase(Locale.ROOT);
    if (r.startsWith("carrier_")) {
      return CARRIER;
    }
    if (r.startsWith("retailer_")) {
      return r.contains("supplier") ? AWAITING_SUPPLIER : NOT_YET_SHIPPED;
    }
    if (r.startsWith("consignee_")) {
      return r.contains("address") ? WRONG_ADDRESS : CONSIGNEE_ABSENT;
    }
    if (r.startsWith("customs_")) {
      return CUSTOMS;
    }
    if (r.startsWith("weather")) {
      return WEATHER;
    }
    if (r.startsWith("force_majeure") || r.startsWith("natural_disaster")) {
      return FORCE_MAJEURE;
    }
    return UNKNOWN;
  }
}
