package dev.orderlens.carrier.infrastructure.scoring;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.scorecard.Lane;
import dev.orderlens.carrier.domain.scorecard.ScorecardTally;
import dev.orderlens.carrier.domain.scorecard.ShipmentFact;
import dev.orderlens.tracking.domain.Blame;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the daily roll-up ({@code carrier_score_day}) of one carrier over a range of promised
 * dates from {@code shipment} and carrier-blamed {@code carrier_complaint} rows. Every shipment is
 * turned into a {@link ShipmentFact} and counted by {@link ScorecardTally}, so the roll-up uses the
 * domain's formulas, not a second copy of them in SQL. One row per lane and day, plus a {@code
 * '*','*'} row per day for the whole carrier. Plain JDBC, so the benchmark runs the same code.
 */
public final class ScoreRollup {

  /** Stored for a shipment without a service or region; never {@link Lane#ALL}. */
  static final String UNKNOWN = "-";

  private static final String SELECT =
      "SELECT s.service, s.destination_postcode_prefix, s.promised_date, s.first_attempt_at,"
          + " s.delivered_at, s.attempt_disputed, s.transit_working_days, c.categories"
          + " FROM shipment s LEFT JOIN (SELECT tracking_number, GROUP_CONCAT(category) categories"
          + "   FROM carrier_complaint WHERE carrier = ? AND blame = 'CARRIER'"
          + "   GROUP BY tracking_number) c ON c.tracking_number = s.tracking_number"
          + " WHERE s.carrier = ? AND s.promised_date BETWEEN ? AND ?";
  private static final int BATCH = 500;

  private ScoreRollup() {}

  private record Key(String service, String region, LocalDate day) {}

  /**
   * Replaces the carrier's roll-up rows for the days; returns the shipments counted. A named lock
   * per carrier keeps two instances' refreshes from interleaving their deletes and inserts.
   */
  public static long rebuild(Connection c, String carrier, LocalDate from, LocalDate to)
      throws SQLException {
    String lock = "orderlens:carrier-rollup:" + carrier;
    try (PreparedStatement l = c.prepareStatement("SELECT GET_LOCK(?, 30)")) {
      l.setString(1, lock);
      try (ResultSet rs = l.executeQuery()) {
        if (!rs.next() || rs.getInt(1) != 1) {
          throw new SQLException("Roll-up of " + carrier + " is busy elsewhere", "40001");
        }
      }
    }
    try {
      return rebuildLocked(c, carrier, from, to);
    } finally {
      try (PreparedStatement u = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
        u.setString(1, lock);
        u.executeQuery().close();
      }
    }
  }

  private static long rebuildLocked(Connection c, String carrier, LocalDate from, LocalDate to)
      throws SQLException {
    Map<Key, ScorecardTally> tallies = new HashMap<>();
    long counted = 0;
    try (PreparedStatement q = c.prepareStatement(SELECT)) {
      q.setFetchSize(10_000);
      q.setString(1, carrier);
      q.setString(2, carrier);
      q.setDate(3, Date.valueOf(from));
      q.setDate(4, Date.valueOf(to));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          ShipmentFact fact = fact(carrier, rs);
          LocalDate day = fact.promisedDate();
          tallies
              .computeIfAbsent(
                  new Key(fact.service(), fact.region(), day), k -> new ScorecardTally())
              .add(fact);
          tallies
              .computeIfAbsent(new Key(Lane.ALL, Lane.ALL, day), k -> new ScorecardTally())
              .add(fact);
          counted++;
        }
      }
    }
    try (PreparedStatement d =
        c.prepareStatement(
            "DELETE FROM carrier_score_day WHERE carrier = ? AND day BETWEEN ? AND ?")) {
      d.setString(1, carrier);
      d.setDate(2, Date.valueOf(from));
      d.setDate(3, Date.valueOf(to));
      d.executeUpdate();
    }
    insert(c, carrier, new ArrayList<>(tallies.entrySet()));
    return counted;
  }

  private static ShipmentFact fact(String carrier, ResultSet rs) throws SQLException {
    Map<ComplaintCategory, Blame> complaints = new EnumMap<>(ComplaintCategory.class);
    String categories = rs.getString(8);
    if (categories != null) {
      for (String category : categories.split(",")) {
        complaints.put(ComplaintCategory.valueOf(category), Blame.CARRIER);
      }
    }
    int transit = rs.getInt(7);
    return new ShipmentFact(
        carrier,
        orUnknown(rs.getString(1)),
        orUnknown(rs.getString(2)),
        rs.getDate(3).toLocalDate(),
        utc(rs.getObject(4, LocalDateTime.class)),
        utc(rs.getObject(5, LocalDateTime.class)),
        rs.getBoolean(6),
        rs.wasNull() ? null : transit,
        complaints);
  }

  private static void insert(
      Connection c, String carrier, List<Map.Entry<Key, ScorecardTally>> rows) throws SQLException {
    for (int start = 0; start < rows.size(); start += BATCH) {
      List<Map.Entry<Key, ScorecardTally>> chunk =
          rows.subList(start, Math.min(rows.size(), start + BATCH));
      StringBuilder sql =
          new StringBuilder(
              "INSERT INTO carrier_score_day (carrier, service, region, day, shipments, delivered,"
                  + " on_time, first_attempt, failed_attempt, disputed_attempt, complaints, transit)"
                  + " VALUES ");
      sql.append("(?,?,?,?,?,?,?,?,?,?,?,?),".repeat(chunk.size()));
      sql.setLength(sql.length() - 1);
      try (PreparedStatement p = c.prepareStatement(sql.toString())) {
        int i = 1;
        for (Map.Entry<Key, ScorecardTally> e : chunk) {
          p.setString(i++, carrier);
          p.setString(i++, e.getKey().service());
          p.setString(i++, e.getKey().region());
          p.setDate(i++, Date.valueOf(e.getKey().day()));
          for (long n : e.getValue().counts()) {
            p.setLong(i++, n);
          }
          p.setString(i++, TallyCodec.write(e.getValue().complaints()));
          p.setString(i++, TallyCodec.write(e.getValue().transit()));
        }
        p.executeUpdate();
      }
    }
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? UNKNOWN : value;
  }

  private static OffsetDateTime utc(LocalDateTime value) {
    return value == null ? null : value.atOffset(ZoneOffset.UTC);
  }
}
