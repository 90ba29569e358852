package dev.orderlens.carrier.api;

import dev.orderlens.carrier.domain.report.IncidentState;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.platform.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Reads the carrier APIs' query parameters, answering a bad one with a 400 that says why. */
final class AdminParams {
  private AdminParams() {}

  /** The last {@code days} days up to today (UTC); 90 when not given. */
  static Period lastDays(Clock clock, Integer days) {
    int n = days == null ? 90 : days;
    if (n < 1 || n > 730) {
      throw ProblemException.badRequest("days is between 1 and 730");
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return new Period(today.minusDays(n - 1L), today);
  }

  /** An incident state filter; null or blank means any state. */
  static IncidentState incidentState(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return IncidentState.valueOf(state.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("state is OPEN, ACKNOWLEDGED or DISPUTED");
    }
  }
}
