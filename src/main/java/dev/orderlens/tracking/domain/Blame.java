package dev.orderlens.tracking.domain;

/**
 * Whose doing a delivery problem is. It decides whether a problem counts against a carrier: only
 * {@code CARRIER} does.
 */
public enum Blame {
  CARRIER,
  RETAILER,
  CONSIGNEE,
  CUSTOMS,
  FORCE_MAJEURE,
  UNKNOWN
}
