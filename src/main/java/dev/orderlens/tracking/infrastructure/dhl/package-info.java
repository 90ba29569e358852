/**
 * DHL Shipment Tracking - Unified API ({@code GET /track/shipments} and the Unified Push API's
 * notifications) translated into the domain, with its REST client, gateway and push reader. DHL
 * gives only five status codes, so the event text refines them.
 */
package dev.orderlens.tracking.infrastructure.dhl;
