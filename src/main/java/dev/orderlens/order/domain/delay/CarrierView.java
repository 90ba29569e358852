package dev.orderlens.order.domain.delay;

import java.time.LocalDate;

/**
 * What the carrier says about the parcel, as far as lateness is concerned; the tracking feature
 * provides it. Every part is optional: a null ETA means the carrier gave none.
 *
 * @param eta the carrier's expected delivery date, or null
 * @param exception the parcel has an exception (damaged, held, failed attempt, ...)
 * @param addressProblem the exception is about the address (unknown, incomplete, refused)
 */
public record CarrierView(LocalDate eta, boolean exception, boolean addressProblem) {

  public static CarrierView eta(LocalDate eta) {
    return new CarrierView(eta, false, false);
  }
}
