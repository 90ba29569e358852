package dev.orderlens.carrier.domain.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentileTest {

  @Test
  void nearestRankOfOneToTwenty() {
    // n=20: p50 rank ⌈10⌉=10 → 10; p95 rank ⌈19⌉=19 → 19; p100 → 20
    List<Integer> values = IntStream.rangeClosed(1, 20).map(i -> 21 - i).boxed().toList();

    assertEquals(10, Percentile.nearestRank(values, 50));
    assertEquals(19, Percentile.nearestRank(values, 95));
    assertEquals(20, Percentile.nearestRank(values, 100));
  }

  @Test
  void smallSamplesGiveObservedValues() {
    // n=3 (2 4 9): p50 rank ⌈1.5⌉=2 → 4; p95 rank ⌈2.85⌉=3 → 9
    assertEquals(4, Percentile.nearestRank(List.of(9, 2, 4), 50));
    assertEquals(9, Percentile.nearestRank(List.of(9, 2, 4), 95));
    assertEquals(7, Percentile.nearestRank(List.of(7), 95));
    assertNull(Percentile.nearestRank(List.of(), 50));
  }
}
