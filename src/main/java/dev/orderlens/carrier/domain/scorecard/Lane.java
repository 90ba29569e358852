package dev.orderlens.carrier.domain.scorecard;

import java.util.Objects;

/**
 * What a scorecard is about: a carrier, one of its services and a destination region (a postcode
 * prefix, never a full postcode). {@link #ALL} in service or region means "all of them".
 */
public record Lane(String carrier, String service, String region) {

  public static final String ALL = "*";

  public Lane {
    Objects.requireNonNull(carrier, "carrier");
    service = service == null || service.isBlank() ? ALL : service;
    region = region == null || region.isBlank() ? ALL : region;
  }

  /** Every service and region of one carrier. */
  public static Lane carrier(String carrier) {
    return new Lane(carrier, ALL, ALL);
  }
}
