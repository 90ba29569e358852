/**
 * The tracking domain: normalised statuses and events, the reports tracking sources give, and the
 * {@link dev.orderlens.tracking.domain.TrackingSource} port. Sub-packages hold the policies:
 * carrier detection, incidents and blame, working-day schedule, suspicious attempts and the
 * shipment story. Nothing here does I/O beyond reading bundled data from the classpath.
 */
package dev.orderlens.tracking.domain;
