package dev.orderlens.carrier.api;

import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.platform.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Reads the admin API's period parameters: the last {@code days} days up to today (UTC). */
final class Periods {
  private Periods() {}

  static Period lastDays(Clock clock, Integer days) {
    int n = days == null ? 90 : days;
    if (n < 1 || n > 730) {
      throw ProblemException.badRequest("days is between 1 and 730");
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return new Period(today.minusDays(n - 1L), today);
  }
}
