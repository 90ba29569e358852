package dev.orderlens.customer.domain;

import dev.orderlens.order.domain.PaymentState;
import dev.orderlens.understanding.domain.Intent;
import dev.orderlens.understanding.domain.Threat;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What the handling policy weighs for one ticket. The caller measures waiting with its own clock,
 * so the policy stays free of "now".
 *
 * @param waitedOnEmail how long the customer has waited for an e-mail answer
 * @param messagesAboutOrder how many messages the customer sent about the same order
 * @param faultIssue the customer-at-fault issue the agent or a detector found, or null
 */
public record HandlingCase(
    List<Intent> intents,
    CustomerProfile customer,
    Set<Threat> threats,
    PaymentState paymentState,
    Duration waitedOnEmail,
    int messagesAboutOrder,
    CustomerFaultIssue faultIssue) {

  public HandlingCase {
    intents = intents == null || intents.isEmpty() ? List.of(Intent.OTHER) : List.copyOf(intents);
    threats = threats == null ? Set.of() : Set.copyOf(threats);
    paymentState = paymentState == null ? PaymentState.UNKNOWN : paymentState;
    waitedOnEmail = waitedOnEmail == null ? Duration.ZERO : waitedOnEmail;
  }

  public boolean chargebackOpen() {
    return paymentState == PaymentState.DISPUTED;
  }

  /** More than 24 hours without an answer, or a third message about the same order. */
  public boolean waitedTooLong() {
    return waitedOnEmail.compareTo(Duration.ofHours(24)) > 0 || messagesAboutOrder >= 3;
  }
}
