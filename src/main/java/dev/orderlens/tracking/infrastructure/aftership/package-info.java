/**
 * AfterShip Tracking API: its tracking object (GET /trackings responses and {@code tracking_update}
 * webhooks) translated into the domain. AfterShip's tags and subtags are the domain's own
 * vocabulary, so the mapping is nearly the identity.
 */
package dev.orderlens.tracking.infrastructure.aftership;
