package dev.orderlens.platform.outbox;

/**
 * A work item as a handler receives it.
 *
 * @param attempts attempts made, this one included: more than 1 means an earlier attempt may have
 *     reached the receiver before it failed, so a handler checks before it sends again
 * @param version the payload's version at the claim; the item is done only if it did not change
 * @param claimToken the claim this attempt holds; outcomes are recorded against it
 */
public record OutboxEntry(
    long id,
    String kind,
    String target,
    String dedupKey,
    String payload,
    int attempts,
    int version,
    String claimToken) {

  /** Whether an earlier attempt of this item may already have reached the receiver. */
  public boolean isRetry() {
    return attempts > 1;
  }
}
