package dev.orderlens.customer.domain;

/**
 * A problem the customer caused or that the shop can prove was handled right. Goodwill for these is
 * a business choice, made per value tier in the {@link GoodwillTable}.
 */
public enum CustomerFaultIssue {
  /** The customer gave a wrong address. */
  WRONG_ADDRESS,
  /** The carrier has proof of delivery, yet the customer says nothing arrived. */
  DELIVERED_NOT_RECEIVED_WITH_PROOF,
  /** The customer did not cancel a subscription in time, as its terms required. */
  IGNORED_SUBSCRIPTION_TERMS
}
