/**
 * Tracking: carriers detected from tracking numbers, normalised parcel events from the tracking
 * providers (asked, or pushing), each parcel's story, and the stored shipments carrier scoring
 * counts.
 */
package dev.orderlens.tracking;
