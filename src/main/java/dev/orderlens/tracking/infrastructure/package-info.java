/**
 * Tracking adapters, one sub-package per vendor. So far each holds the pure translation of the
 * vendor's documented JSON (API responses and webhooks) into {@link
 * dev.orderlens.tracking.domain.TrackingReport}; the HTTP clients come separately.
 */
package dev.orderlens.tracking.infrastructure;
