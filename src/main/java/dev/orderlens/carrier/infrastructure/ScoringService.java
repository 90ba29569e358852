package dev.orderlens.carrier.infrastructure;

import dev.orderlens.carrier.domain.scorecard.CarrierRanking;
import dev.orderlens.carrier.domain.scorecard.Lane;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.carrier.domain.scorecard.Scorecard;
import dev.orderlens.carrier.domain.scorecard.ScorecardTally;
import dev.orderlens.carrier.infrastructure.scoring.ScoreQueries;
import dev.orderlens.carrier.infrastructure.scoring.ScoreRollup;
import dev.orderlens.platform.DataSourceConfiguration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Scorecards, ranking and trends read from the daily roll-up, and the roll-up's refresh. The JDBC
 * work lives in {@code scoring} (shared with the benchmark); this bean gives it pooled connections
 * and transactions.
 */
@ApplicationScoped
public class ScoringService {

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "carrier.ranking.minimum-shipments", defaultValue = "30")
  long minimumShipments;

  public Scorecard scorecard(Lane lane, Period period) {
    return read(c -> ScoreQueries.lane(c, lane, period).toScorecard(lane, period));
  }

  public List<CarrierRanking.Place> ranking(Period period) {
    return read(
        c -> {
          List<Scorecard> cards = new ArrayList<>();
          ScoreQueries.carriers(c, period)
              .forEach((code, t) -> cards.add(t.toScorecard(Lane.carrier(code), period)));
          return CarrierRanking.rank(cards, minimumShipments);
        });
  }

  /** Each carrier's weekly scorecards (keyed by the week's Monday) over a period. */
  public Map<String, Map<LocalDate, Scorecard>> weekly(Period period) {
    return read(
        c -> {
          Map<String, Map<LocalDate, Scorecard>> out = new LinkedHashMap<>();
          for (var carrier : ScoreQueries.weekly(c, period).entrySet()) {
            Map<LocalDate, Scorecard> weeks = new LinkedHashMap<>();
            for (Map.Entry<LocalDate, ScorecardTally> w : carrier.getValue().entrySet()) {
              Period week = new Period(w.getKey(), w.getKey().plusDays(6));
              weeks.put(w.getKey(), w.getValue().toScorecard(Lane.carrier(carrier.getKey()), week));
            }
            out.put(carrier.getKey(), weeks);
          }
          return out;
        });
  }

  /** Rebuilds a carrier's roll-up over the days, in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long refresh(String carrier, LocalDate from, LocalDate to) {
    return read(c -> ScoreRollup.rebuild(c, carrier, from, to));
  }

  /** Every carrier that has shipments in the period. */
  public List<String> shippingCarriers(Period period) {
    return read(
        c -> {
          List<String> out = new ArrayList<>();
          try (var p =
              c.prepareStatement(
                  "SELECT DISTINCT carrier FROM shipment WHERE promised_date BETWEEN ? AND ?")) {
            p.setDate(1, java.sql.Date.valueOf(period.from()));
            p.setDate(2, java.sql.Date.valueOf(period.to()));
            try (var rs = p.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
            }
          }
          return out;
        });
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Carrier scoring query failed: " + e.getSQLState(), e);
    }
  }
}
