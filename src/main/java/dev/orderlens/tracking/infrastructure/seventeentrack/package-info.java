/**
 * 17TRACK Tracking API v2.2: {@code gettrackinfo} responses and {@code TRACKING_UPDATED} webhooks
 * translated into the domain's statuses and AfterShip-style sub-statuses.
 */
package dev.orderlens.tracking.infrastructure.seventeentrack;
