/**
 * The complaint as it is kept: one per shipment and category ({@link
 * dev.orderlens.carrier.domain.complaint.ComplaintKey}), with tracking evidence and the customer's
 * words only as a SHA-256 digest, so the record proves what was said without storing it.
 */
package dev.orderlens.carrier.domain.complaint;
