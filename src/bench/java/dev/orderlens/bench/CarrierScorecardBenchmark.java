package dev.orderlens.bench;

import dev.orderlens.carrier.domain.scorecard.CarrierRanking;
import dev.orderlens.carrier.domain.scorecard.Lane;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.carrier.domain.scorecard.Scorecard;
import dev.orderlens.carrier.infrastructure.scoring.ScoreQueries;
import dev.orderlens.carrier.infrastructure.scoring.ScoreRollup;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.flywaydb.core.Flyway;

/**
 * Measures carrier scoring on MariaDB with 1,000,000 shipments and 100,000 complaints: the time to
 * build the daily roll-up, one carrier's 90-day scorecard and the ranking across carriers. It
 * prints figures and never fails on them. Run with {@code ./mvnw -Pbenchmark} against the database
 * in ORDERLENS_BENCH_DB_URL (default jdbc:mariadb://127.0.0.1:3306/orderlens_carrier_bench); the
 * shipment, complaint and roll-up tables of that database are emptied first.
 */
public final class CarrierScorecardBenchmark {
  private static final int SHIPMENTS = 1_000_000;
  private static final int COMPLAINTS = 100_000;
  private static final int CARRIERS = 10;
  private static final int RUNS = 30;

  public static void main(String[] args) throws Exception {
    String url =
        env("ORDERLENS_BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/orderlens_carrier_bench");
    String user = env("ORDERLENS_DB_USER", "orderlens");
    String password = env("ORDERLENS_DB_PASSWORD", "orderlens-ci");
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    LocalDate today = LocalDate.now();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("SET FOREIGN_KEY_CHECKS = 0");
        for (String table :
            List.of(
                "carrier_score_day",
                "carrier_incident",
                "carrier_complaint",
                "shipment_event",
                "shipment")) {
          s.executeUpdate("TRUNCATE TABLE " + table);
        }
        s.executeUpdate("SET FOREIGN_KEY_CHECKS = 1");
      }
      c.commit();
      Random random = new Random(42);
      long t0 = System.nanoTime();
      BenchmarkData.shipments(c, SHIPMENTS, CARRIERS, today, random);
      long t1 = System.nanoTime();
      BenchmarkData.complaints(c, COMPLAINTS, SHIPMENTS, random);
      long t2 = System.nanoTime();
      System.out.printf(
          "fill: %,d shipments in %,d ms, %,d complaints in %,d ms%n",
          SHIPMENTS, ms(t1 - t0), COMPLAINTS, ms(t2 - t1));
      for (int i = 0; i < CARRIERS; i++) {
        ScoreRollup.rebuild(c, BenchmarkData.carrier(i), today.minusDays(365), today);
        c.commit();
      }
      long t3 = System.nanoTime();
      System.out.printf("roll-up rebuild, 10 carriers x 365 days: %,d ms%n", ms(t3 - t2));
      Period days90 = new Period(today.minusDays(89), today);
      Lane one = Lane.carrier(BenchmarkData.carrier(3));
      report(
          "one carrier, 90-day scorecard",
          () -> ScoreQueries.lane(c, one, days90).toScorecard(one, days90));
      Lane lane = new Lane(one.carrier(), "express", "42");
      report(
          "one lane (carrier+service+region), 90 days",
          () -> ScoreQueries.lane(c, lane, days90).toScorecard(lane, days90));
      report("ranking across 10 carriers, 90 days", () -> ranking(c, days90));
      Scorecard card = ScoreQueries.lane(c, one, days90).toScorecard(one, days90);
      System.out.printf(
          "sample: %s shipments=%d onTime=%.3f firstAttempt=%.3f p50=%s p95=%s complaints/1000=%.1f%n",
          one.carrier(),
          card.shipments(),
          card.onTime().value(),
          card.firstAttempt().value(),
          card.transitP50(),
          card.transitP95(),
          card.totalComplaintsPerThousand());
    }
  }

  private static List<CarrierRanking.Place> ranking(Connection c, Period period) throws Exception {
    List<Scorecard> cards = new ArrayList<>();
    ScoreQueries.carriers(c, period)
        .forEach((code, t) -> cards.add(t.toScorecard(Lane.carrier(code), period)));
    return CarrierRanking.rank(cards, 30);
  }

  private static void report(String what, Callable<?> work) throws Exception {
    for (int i = 0; i < 5; i++) {
      work.call();
    }
    long[] times = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      work.call();
      times[i] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    System.out.printf(
        "%s: median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)%n",
        what,
        times[RUNS / 2] / 1e6,
        times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
        times[RUNS - 1] / 1e6,
        RUNS);
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
