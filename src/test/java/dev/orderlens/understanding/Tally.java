package dev.orderlens.understanding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a trained model got right over a set of messages written outside its training part. A
 * statistical reader misses some single sentences; a set of them measures it. Each case is recorded
 * by its own test; the class then asserts the share it must reach, naming every miss.
 */
public final class Tally {

  /**
   * The share of hand-written test sentences a model must get right: below the 95 % target
   * on customers' messages, because these are short textbook sentences, the hardest case for a
   * model trained on real tickets; the held-back figures are printed by {@code -Pevaluate}.
   */
  public static final double REGRESSION_FLOOR = 0.8;

  private final String what;
  private final List<String> misses = new ArrayList<>();
  private int cases;

  public Tally(String what) {
    this.what = what;
  }

  public synchronized void record(Object expected, Object actual, String message) {
    cases++;
    if (!Objects.equals(expected, actual)) {
      misses.add(message + " → " + actual + " (expected " + expected + ")");
    }
  }

  public synchronized void assertAtLeast(double share) {
    if (cases == 0) {
      return;
    }
    double right = (cases - misses.size()) / (double) cases;
    assertTrue(
        right >= share,
        String.format(
            "%s: %d of %d right (%.1f %%), below %.0f %%; misses: %s",
            what, cases - misses.size(), cases, right * 100, share * 100, misses));
    misses.forEach(m -> System.out.println("[" + what + "] known miss: " + m));
  }
}
