/**
 * Carrier scorecards: pure formulas over shipment facts, per carrier, service and destination
 * region, a ranking across carriers and alert thresholds. Only complaints blamed on the carrier
 * count, and a disputed "recipient absent" scan never stops the on-time clock.
 */
package dev.orderlens.carrier.domain.scorecard;
