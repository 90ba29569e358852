package dev.orderlens.carrier.domain.scorecard;

/**
 * A count over a base, kept as both numbers so reports can show "45 of 50" and nothing is rounded
 * before it has to be. A rate over an empty base is undefined rather than 0 % or 100 %.
 */
public record Rate(long count, long base) {

  public Rate {
    if (count < 0 || base < 0) {
      throw new IllegalArgumentException("Counts are not negative");
    }
  }

  public boolean defined() {
    return base > 0;
  }

  /** The ratio 0..1 (or above 1 for counts that may exceed the base). */
  public double value() {
    if (!defined()) {
      throw new IllegalStateException("Rate over an empty base");
    }
    return (double) count / base;
  }

  public double perThousand() {
    return value() * 1000;
  }
}
