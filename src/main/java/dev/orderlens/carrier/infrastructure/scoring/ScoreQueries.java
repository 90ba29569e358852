package dev.orderlens.carrier.infrastructure.scoring;

import dev.orderlens.carrier.domain.scorecard.Lane;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.carrier.domain.scorecard.ScorecardTally;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads scorecard tallies from the daily roll-up. A whole carrier is its {@code '*','*'} rows (one
 * per day); a service or region adds up the lane rows that match. Plain JDBC, so the benchmark
 * measures exactly what the server runs.
 */
public final class ScoreQueries {

  private static final String COLUMNS =
      "carrier, day, shipments, delivered, on_time, first_attempt, failed_attempt,"
          + " disputed_attempt, complaints, transit";

  private ScoreQueries() {}

  /** The summed tally of one lane over a period (empty when nothing was shipped). */
  public static ScorecardTally lane(Connection c, Lane lane, Period period) throws SQLException {
    boolean whole = lane.service().equals(Lane.ALL) && lane.region().equals(Lane.ALL);
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM carrier_score_day WHERE carrier = ? AND day BETWEEN ? AND ?"
            + (whole
                ? " AND service = '*' AND region = '*'"
                : " AND service <> '*' AND (? = '*' OR service = ?) AND (? = '*' OR region = ?)");
    ScorecardTally total = new ScorecardTally();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, lane.carrier());
      p.setDate(2, Date.valueOf(period.from()));
      p.setDate(3, Date.valueOf(period.to()));
      if (!whole) {
        p.setString(4, lane.service());
        p.setString(5, lane.service());
        p.setString(6, lane.region());
        p.setString(7, lane.region());
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          total.plus(tally(rs));
        }
      }
    }
    return total;
  }

  /** Every carrier's whole tally over a period, by carrier code. */
  public static Map<String, ScorecardTally> carriers(Connection c, Period period)
      throws SQLException {
    Map<String, ScorecardTally> out = new TreeMap<>();
    forEachCarrierDay(
        c,
        period,
        (carrier, day, t) -> out.computeIfAbsent(carrier, k -> new ScorecardTally()).plus(t));
    return out;
  }

  /** Every carrier's tally per week (keyed by the week's Monday) over a period. */
  public static Map<String, Map<LocalDate, ScorecardTally>> weekly(Connection c, Period period)
      throws SQLException {
    Map<String, Map<LocalDate, ScorecardTally>> out = new TreeMap<>();
    forEachCarrierDay(
        c,
        period,
        (carrier, day, t) ->
            out.computeIfAbsent(carrier, k -> new TreeMap<>())
                .computeIfAbsent(
                    day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    k -> new ScorecardTally())
                .plus(t));
    return out;
  }

  private interface DayRow {
    void accept(String carrier, LocalDate day, ScorecardTally tally);
  }

  private static void forEachCarrierDay(Connection c, Period period, DayRow row)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM carrier_score_day WHERE service = '*' AND region = '*'"
                + " AND day BETWEEN ? AND ?")) {
      p.setDate(1, Date.valueOf(period.from()));
      p.setDate(2, Date.valueOf(period.to()));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          row.accept(rs.getString(1), rs.getDate(2).toLocalDate(), tally(rs));
        }
      }
    }
  }

  private static ScorecardTally tally(ResultSet rs) throws SQLException {
    long[] counts = new long[6];
    for (int i = 0; i < 6; i++) {
      counts[i] = rs.getLong(3 + i);
    }
    return ScorecardTally.of(
        counts, TallyCodec.complaints(rs.getString(9)), TallyCodec.transit(rs.getString(10)));
  }
}
