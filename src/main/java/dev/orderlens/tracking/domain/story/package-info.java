/**
 * The parcel's story for the agent: carrier, status, last event, ETA, delay and whether the attempt
 * rings true, assembled from the detector, a tracking report and the shop's promise.
 */
package dev.orderlens.tracking.domain.story;
