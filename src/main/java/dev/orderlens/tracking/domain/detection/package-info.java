/**
 * Which carrier a tracking number belongs to, recognised from its shape and check digit.
 *
 * <p>Most formats come from the open {@code tracking_number_data} set (MIT, bundled under {@code
 * tracking-numbers/} with its licence); European formats the set lacks are in {@link
 * dev.orderlens.tracking.domain.detection.EuropeanFormats}. Pure code: the data is read once from
 * the classpath.
 */
package dev.orderlens.tracking.domain.detection;
