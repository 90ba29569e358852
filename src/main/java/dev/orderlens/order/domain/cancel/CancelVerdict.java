package dev.orderlens.order.domain.cancel;

/**
 * The answer to "can I cancel this order now?": yes or no, the blocker and its explanation, and the
 * platform's own cancel path in words (or what to do instead).
 */
public record CancelVerdict(
    boolean cancellable, CancelBlocker blocker, String reason, String howTo) {}
