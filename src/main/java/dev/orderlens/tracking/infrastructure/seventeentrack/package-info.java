/**
 * 17TRACK Tracking API v2.2: {@code gettrackinfo} responses and {@code TRACKING_UPDATED} webhooks
 * translated into the domain's statuses and AfterShip-style sub-statuses; the REST client and
 * gateway that ask and register numbers, and the reader of signed webhooks.
 */
package dev.orderlens.tracking.infrastructure.seventeentrack;
