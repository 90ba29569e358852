package dev.orderlens.carrier.domain.scorecard;

import java.util.List;

/**
 * Nearest-rank percentile: sort the n values ascending and take the one at 1-based rank ⌈p/100 ·
 * n⌉. It always returns an observed value (a whole number of working days, never "3.4 days"), p50
 * of an even count is the lower middle value, and p95 of fewer than 20 values is the maximum.
 */
final class Percentile {

  private Percentile() {}

  /** The p-th percentile of the values (any order), or null when there are none. */
  static Integer nearestRank(List<Integer> values, int p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("Percentile is in 1..100");
    }
    if (values.isEmpty()) {
      return null;
    }
    List<Integer> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(rank - 1);
  }
}
