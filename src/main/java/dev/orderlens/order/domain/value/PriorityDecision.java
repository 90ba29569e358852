package dev.orderlens.order.domain.value;

import dev.orderlens.customer.domain.Priority;
import java.util.List;

/** The ticket's priority after the raises, and why it was raised (empty when it was not). */
public record PriorityDecision(Priority priority, List<String> reasons) {
  public PriorityDecision {
    reasons = List.copyOf(reasons);
  }

  public boolean raised() {
    return !reasons.isEmpty();
  }
}
