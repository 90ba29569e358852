/**
 * The carrier feature's pure domain: courier complaints read from tickets, whose fault they are,
 * carrier scorecards and the feedback reports sent to carriers through the {@link
 * dev.orderlens.carrier.domain.CarrierFeedbackChannel} port. Nothing here does I/O beyond reading
 * its own resources once.
 */
package dev.orderlens.carrier.domain;
