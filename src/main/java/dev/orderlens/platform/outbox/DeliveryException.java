package dev.orderlens.platform.outbox;

import java.time.Duration;

/** Why a delivery failed, and so what the outbox does next. */
public class DeliveryException extends RuntimeException {

  /** Retry with backoff, but never before {@link #retryAfter()} when it is set. */
  public static DeliveryException retryable(String reason, Duration retryAfter) {
    return new DeliveryException(reason, true, retryAfter);
  }

  /** The receiver refused for good: park as a dead letter at once. */
  public static DeliveryException permanent(String reason) {
    return new DeliveryException(reason, false, null);
  }

  private final boolean retryable;
  private final transient Duration retryAfter;

  private DeliveryException(String reason, boolean retryable, Duration retryAfter) {
    super(reason);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  public boolean isRetryable() {
    return retryable;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
