package dev.orderlens.carrier.api;

import dev.orderlens.carrier.domain.scorecard.Rate;

/** A rate as "count of base", with its value 0..1 or null when the base is empty. */
public record RateView(long count, long base, Double value) {
  static RateView of(Rate rate) {
    return new RateView(rate.count(), rate.base(), rate.defined() ? rate.value() : null);
  }
}
