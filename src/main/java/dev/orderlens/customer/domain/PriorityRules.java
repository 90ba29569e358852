package dev.orderlens.customer.domain;

import dev.orderlens.understanding.domain.Intent;

/**
 * How soon a ticket needs an agent. The intent sets the base: cancellations and address changes
 * must beat the warehouse, privacy requests have legal deadlines, product questions can wait. The
 * top value tier and a customer left waiting each raise it one step; any threat makes it at least
 * HIGH; an open chargeback has a bank's response deadline and is always URGENT.
 */
final class PriorityRules {

  private PriorityRules() {}

  static Priority base(Intent intent) {
    return switch (intent) {
      case CANCEL_ORDER, WRONG_ADDRESS, PRIVACY_CONCERN -> Priority.HIGH;
      case ORDER_STATUS, RETURN_REFUND, COURIER_COMPLAINT, SERVICE_COMPLAINT -> Priority.NORMAL;
      case PRODUCT_QUESTION, OTHER -> Priority.LOW;
    };
  }

  static Priority of(HandlingCase handlingCase, boolean topTier) {
    if (handlingCase.chargebackOpen()) {
      return Priority.URGENT;
    }
    int level = base(handlingCase.intents().get(0)).ordinal();
    if (topTier) {
      level++;
    }
    if (handlingCase.waitedTooLong()) {
      level++;
    }
    if (!handlingCase.threats().isEmpty()) {
      level = Math.max(level, Priority.HIGH.ordinal());
    }
    return Priority.values()[Math.min(level, Priority.URGENT.ordinal())];
  }
}
