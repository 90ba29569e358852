package dev.orderlens.tracking.domain.schedule;

import java.time.LocalDate;

/**
 * Where a parcel stands against its promise.
 *
 * @param eta delivery date: actual when the clock stopped, else the best estimate; null if unknown
 * @param delayWorkingDays working days past the promise (0 when on time), null without a promise
 * @param clockStoppedOn the day delivery (or an undisputed first attempt) stopped the clock, or
 *     null while it still runs
 */
public record DeliveryEstimate(LocalDate eta, Integer delayWorkingDays, LocalDate clockStoppedOn) {

  public boolean isLate() {
    return delayWorkingDays != null && delayWorkingDays > 0;
  }
}
