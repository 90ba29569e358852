package dev.orderlens.carrier.infrastructure;

import dev.orderlens.carrier.domain.scorecard.Lane;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.carrier.domain.scorecard.ScoreStore;
import dev.orderlens.carrier.domain.scorecard.ScorecardTally;
import dev.orderlens.carrier.infrastructure.scoring.ScoreQueries;
import dev.orderlens.carrier.infrastructure.scoring.ScoreRollup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The roll-up in MariaDB. The JDBC work lives in {@code scoring} (shared with the benchmark); this
 * bean gives it pooled connections, enlisted in the caller's transaction when there is one.
 */
@ApplicationScoped
public class SqlScoreStore implements ScoreStore {

  @Inject DataSource dataSource;

  @Override
  public ScorecardTally lane(Lane lane, Period period) {
    return read(c -> ScoreQueries.lane(c, lane, period));
  }

  @Override
  public Map<String, ScorecardTally> carriers(Period period) {
    return read(c -> ScoreQueries.carriers(c, period));
  }

  @Override
  public Map<String, Map<LocalDate, ScorecardTally>> weekly(Period period) {
    return read(c -> ScoreQueries.weekly(c, period));
  }

  @Override
  public long rebuild(String carrier, LocalDate from, LocalDate to) {
    return read(c -> ScoreRollup.rebuild(c, carrier, from, to));
  }

  @Override
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
