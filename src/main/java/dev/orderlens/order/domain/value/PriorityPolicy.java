package dev.orderlens.order.domain.value;

import dev.orderlens.customer.domain.Priority;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Raises a ticket's priority one step for each of: a customer in a high value tier, a customer who
 * has waited more than 24 hours for an e-mail reply, a customer who has written 3 or more times
 * about the same order. Never above {@code URGENT}, never lowered. The waiting time and message
 * count come from the helpdesk, passed in: the policy reads no clock.
 */
public final class PriorityPolicy {

  static final Duration LONG_WAIT = Duration.ofHours(24);
  static final int MANY_MESSAGES = 3;

  private PriorityPolicy() {}

  /**
   * @param waitingForReply how long the customer's oldest unanswered e-mail has waited, or null
   * @param messagesAboutOrder how many times the customer has written about this order
   */
  public static PriorityDecision decide(
      Priority base,
      ValueTier tier,
      ValueTiers tiers,
      Duration waitingForReply,
      int messagesAboutOrder) {
    List<String> reasons = new ArrayList<>();
    if (tier != null && tiers.raisesPriority(tier)) {
      reasons.add("Customer value tier " + tier);
    }
    if (waitingForReply != null && waitingForReply.compareTo(LONG_WAIT) > 0) {
      reasons.add("Waiting " + waitingForReply.toHours() + " h for an e-mail reply");
    }
    if (messagesAboutOrder >= MANY_MESSAGES) {
      reasons.add(messagesAboutOrder + " messages about the same order");
    }
    Priority[] levels = Priority.values();
    Priority start = base == null ? Priority.NORMAL : base;
    int raised = Math.min(start.ordinal() + reasons.size(), levels.length - 1);
    return new PriorityDecision(levels[raised], reasons);
  }
}
