/**
 * DHL Shipment Tracking - Unified API ({@code GET /track/shipments} and its push notifications)
 * translated into the domain. DHL gives only five status codes, so the event text refines them.
 */
package dev.orderlens.tracking.infrastructure.dhl;
