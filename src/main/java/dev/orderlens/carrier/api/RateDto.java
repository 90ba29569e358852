package dev.orderlens.carrier.api;

import dev.orderlens.carrier.domain.scorecard.Rate;

/** A rate as "count of base", with its value 0..1 or null when the base is empty. */
public record RateDto(long count, long base, Double value) {
  static RateDto of(Rate rate) {
    return new RateDto(rate.count(), rate.base(), rate.defined() ? rate.value() : null);
  }
}
