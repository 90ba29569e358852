package dev.orderlens.writeback.domain;

import java.time.Duration;

/** HTTP 429: retry no sooner than {@link #retryAfter()} (from the Retry-After header). */
public class HelpdeskRateLimitedException extends RuntimeException {
  private final Duration retryAfter;

  public HelpdeskRateLimitedException(Duration retryAfter) {
    super("Rate limited; retry after " + retryAfter.toSeconds() + " s");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
