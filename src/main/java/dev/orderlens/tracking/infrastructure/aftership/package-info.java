/**
 * AfterShip Tracking API (dated versions): its tracking object (GET /trackings answers and {@code
 * tracking_update} webhooks) translated into the domain, the REST client and gateway that fetch or
 * create trackings, and the reader of signed webhooks. AfterShip's tags and subtags are the
 * domain's own vocabulary, so the mapping is nearly the identity.
 */
package dev.orderlens.tracking.infrastructure.aftership;
