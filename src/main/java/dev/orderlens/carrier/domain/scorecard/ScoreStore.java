package dev.orderlens.carrier.domain.scorecard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The daily roll-up carriers are scored from: tallies read over a period, and its rebuild. */
public interface ScoreStore {

  ScorecardTally lane(Lane lane, Period period);

  /** Each carrier's tally over the period. */
  Map<String, ScorecardTally> carriers(Period period);

  /** Each carrier's weekly tallies (keyed by the week's Monday) over a period. */
  Map<String, Map<LocalDate, ScorecardTally>> weekly(Period period);

  /** Rebuilds a carrier's roll-up over the days; returns the shipments counted. */
  long rebuild(String carrier, LocalDate from, LocalDate to);

  /** Every carrier that has shipments promised in the period. */
  List<String> shippingCarriers(Period period);
}
