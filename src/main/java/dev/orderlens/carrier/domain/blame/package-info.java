/**
 * Whose fault a delivery problem is. Only {@link dev.orderlens.tracking.domain.Blame#CARRIER}
 * problems count against a carrier, so a late parcel the shop never handed over, a wrong address or
 * a snowstorm never lowers a carrier's scorecard.
 */
package dev.orderlens.carrier.domain.blame;
