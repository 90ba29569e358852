package dev.orderlens.carrier.application;

import dev.orderlens.carrier.domain.scorecard.CarrierRanking;
import dev.orderlens.carrier.domain.scorecard.Lane;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.carrier.domain.scorecard.ScoreStore;
import dev.orderlens.carrier.domain.scorecard.Scorecard;
import dev.orderlens.carrier.domain.scorecard.ScorecardTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Scorecards, ranking and trends read from the daily roll-up, and the roll-up's refresh. */
@ApplicationScoped
public class ScoringService {

  @Inject ScoreStore store;

  @Inject
  @ConfigProperty(name = "carrier.ranking.minimum-shipments", defaultValue = "30")
  long minimumShipments;

  public Scorecard scorecard(Lane lane, Period period) {
    return store.lane(lane, period).toScorecard(lane, period);
  }

  public List<CarrierRanking.Place> ranking(Period period) {
    List<Scorecard> cards = new ArrayList<>();
    store
        .carriers(period)
        .forEach((code, t) -> cards.add(t.toScorecard(Lane.carrier(code), period)));
    return CarrierRanking.rank(cards, minimumShipments);
  }

  /** Each carrier's weekly scorecards (keyed by the week's Monday) over a period. */
  public Map<String, Map<LocalDate, Scorecard>> weekly(Period period) {
    Map<String, Map<LocalDate, Scorecard>> out = new LinkedHashMap<>();
    for (var carrier : store.weekly(period).entrySet()) {
      Map<LocalDate, Scorecard> weeks = new LinkedHashMap<>();
      for (Map.Entry<LocalDate, ScorecardTally> w : carrier.getValue().entrySet()) {
        Period week = new Period(w.getKey(), w.getKey().plusDays(6));
        weeks.put(w.getKey(), w.getValue().toScorecard(Lane.carrier(carrier.getKey()), week));
      }
      out.put(carrier.getKey(), weeks);
    }
    return out;
  }

  /** Rebuilds a carrier's roll-up over the days, in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long refresh(String carrier, LocalDate from, LocalDate to) {
    return store.rebuild(carrier, from, to);
  }

  /** Every carrier that has shipments in the period. */
  public List<String> shippingCarriers(Period period) {
    return store.shippingCarriers(period);
  }
}
