package dev.orderlens.carrier.domain.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.tracking.domain.Blame;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScorecardTallyTest {

  private static final Period PERIOD =
      new Period(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 29));
  private static final Lane LANE = Lane.carrier("dhl");

  private static List<ShipmentFact> randomFacts(long seed, int n) {
    Random r = new Random(seed);
    List<ShipmentFact> facts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate promised = PERIOD.from().plusDays(r.nextInt(90));
      OffsetDateTime shipped = promised.minusDays(3).atTime(9, 0).atOffset(ZoneOffset.UTC);
      OffsetDateTime delivered = r.nextInt(10) < 8 ? shipped.plusDays(r.nextInt(6)) : null;
      OffsetDateTime attempt =
          r.nextInt(10) < 2 ? shipped.plusDays(r.nextInt(3)).withHour(11) : delivered;
      Map<ComplaintCategory, Blame> complaints =
          r.nextInt(20) == 0
              ? Map.of(
                  ComplaintCategory.values()[r.nextInt(7)],
                  r.nextBoolean() ? Blame.CARRIER : Blame.RETAILER)
              : Map.of();
      facts.add(
          new ShipmentFact(
              "dhl",
              "express",
              "10" + r.nextInt(3),
              promised,
              attempt,
              delivered,
              r.nextInt(4) == 0,
              delivered == null ? null : 1 + r.nextInt(7),
              complaints));
    }
    return facts;
  }

  @Test
  void summedDailyTalliesGiveTheSameScorecardAsTheCalculator() {
    List<ShipmentFact> facts = randomFacts(7, 2_000);
    ScorecardTally total = new ScorecardTally();
    facts.stream()
        .collect(java.util.stream.Collectors.groupingBy(ShipmentFact::promisedDate))
        .values()
        .forEach(
            day -> {
              ScorecardTally t = new ScorecardTally();
              day.forEach(t::add);
              total.plus(t);
            });

    assertEquals(
        ScorecardCalculator.scorecard(LANE, PERIOD, facts), total.toScorecard(LANE, PERIOD));
  }

  @Test
  void restoredCountsRoundTrip() {
    ScorecardTally t = new ScorecardTally();
    randomFacts(11, 300).forEach(t::add);

    ScorecardTally restored = ScorecardTally.of(t.counts(), t.complaints(), t.transit());

    assertEquals(t.toScorecard(LANE, PERIOD), restored.toScorecard(LANE, PERIOD));
  }

  @Test
  void emptyTallyHasUndefinedRatesAndNoTransit() {
    Scorecard s = new ScorecardTally().toScorecard(LANE, PERIOD);

    assertEquals(0, s.shipments());
    assertEquals(false, s.onTime().defined());
    assertEquals(null, s.transitP95());
  }
}
