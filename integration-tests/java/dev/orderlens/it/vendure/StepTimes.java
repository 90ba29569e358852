package dev.orderlens.it.vendure;

import java.util.concurrent.TimeUnit;

/** How long each cold-path step took, printed once so that a slow machine shows in the log. */
final class StepTimes {
  private final StringBuilder steps = new StringBuilder();
  private long last = System.nanoTime();

  void lap(String step) {
    long now = System.nanoTime();
    steps.append(steps.isEmpty() ? "" : ", ");
    steps.append(step).append(' ').append(TimeUnit.NANOSECONDS.toMillis(now - last)).append(" ms");
    last = now;
  }

  @Override
  public String toString() {
    return steps.toString();
  }
}
