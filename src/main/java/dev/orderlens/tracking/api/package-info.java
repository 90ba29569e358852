/**
 * The tracking feature's HTTP face: providers' pushed updates ({@code
 * /api/v1/tracking/webhooks/{provider}}) and the public carrier lookup of a tracking number ({@code
 * /api/v1/tracking-numbers/{number}}), with their DTO records.
 */
package dev.orderlens.tracking.api;
