package dev.orderlens.carrier.api;

import dev.orderlens.carrier.domain.scorecard.Scorecard;
import java.time.LocalDate;

/** One carrier's week in the dashboard's trend chart; rates are null for a week with no base. */
public record TrendPointView(
    String carrier,
    LocalDate week,
    long shipments,
    Double onTime,
    Double firstAttempt,
    double complaintsPerThousand) {

  static TrendPointView of(LocalDate week, Scorecard s) {
    return new TrendPointView(
        s.lane().carrier(),
        week,
        s.shipments(),
        s.onTime().defined() ? s.onTime().value() : null,
        s.firstAttempt().defined() ? s.firstAttempt().value() : null,
        s.totalComplaintsPerThousand());
  }
}
