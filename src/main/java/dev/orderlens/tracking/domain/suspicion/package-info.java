/**
 * Whether a "recipient absent" attempt really happened. A false attempt scan stops the industry
 * clock and hides a late carrier, so the signals that betray one are weighed here, each explained
 * in words the agent can repeat to the carrier.
 */
package dev.orderlens.tracking.domain.suspicion;
