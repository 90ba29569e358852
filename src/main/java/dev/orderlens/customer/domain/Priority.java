package dev.orderlens.customer.domain;

/** How soon an agent should pick the ticket up. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
