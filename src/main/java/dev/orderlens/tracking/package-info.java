/** Tracking: carriers detected from tracking numbers, normalised parcel events and their story. */
package dev.orderlens.tracking;
