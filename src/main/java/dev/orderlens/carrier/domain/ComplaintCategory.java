package dev.orderlens.carrier.domain;

/** What a customer complains about a courier for. */
public enum ComplaintCategory {
  LATE,
  FALSE_ATTEMPT,
  LOST,
  DAMAGED,
  LEFT_UNSAFE,
  DELIVERED_NOT_RECEIVED,
  DRIVER_CONDUCT
}
