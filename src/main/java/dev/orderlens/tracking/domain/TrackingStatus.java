package dev.orderlens.tracking.domain;

/**
 * One normalised tracking status for every carrier and provider (AfterShip's tag set, the most
 * complete public one).
 */
public enum TrackingStatus {
  PENDING,
  INFO_RECEIVED,
  IN_TRANSIT,
  OUT_FOR_DELIVERY,
  ATTEMPT_FAIL,
  DELIVERED,
  AVAILABLE_FOR_PICKUP,
  EXCEPTION,
  EXPIRED,
  UNKNOWN
}
