package dev.orderlens.carrier.domain.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.scorecard.AlertThresholds.Alert;
import dev.orderlens.carrier.domain.scorecard.AlertThresholds.Metric;
import dev.orderlens.carrier.domain.scorecard.CarrierRanking.Place;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarrierRankingAndAlertsTest {

  private static final Period PERIOD =
      new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

  private static Scorecard card(
      String carrier,
      long shipments,
      long onTime,
      long firstAttempt,
      long disputed,
      long attempts,
      long damaged,
      Integer p95) {
    Map<ComplaintCategory, Rate> complaints = new EnumMap<>(ComplaintCategory.class);
    for (ComplaintCategory c : ComplaintCategory.values()) {
      complaints.put(c, new Rate(c == ComplaintCategory.DAMAGED ? damaged : 0, shipments));
    }
    return new Scorecard(
        Lane.carrier(carrier),
        PERIOD,
        shipments,
        new Rate(onTime, shipments),
        new Rate(firstAttempt, shipments),
        new Rate(disputed, attempts),
        complaints,
        2,
        p95);
  }

  @Test
  void ranksByOnTimeThenFirstAttemptThenComplaintsThenTransit() {
    Scorecard alpha = card("alpha", 100, 95, 90, 0, 10, 2, 4);
    Scorecard bravo = card("bravo", 100, 95, 95, 0, 5, 5, 4); // ties alpha on time, better FAT
    Scorecard charlie = card("charlie", 100, 97, 80, 0, 20, 9, 6); // best on time
    Scorecard delta = card("delta", 5, 5, 5, 0, 0, 0, 2); // perfect but only 5 parcels
    Scorecard echo = card("echo", 100, 95, 90, 0, 10, 2, 3); // as alpha, shorter p95
    Scorecard foxtrot = card("foxtrot", 100, 95, 90, 0, 10, 2, 4); // identical to alpha

    List<Place> ranking =
        CarrierRanking.rank(List.of(alpha, bravo, charlie, delta, echo, foxtrot), 20);

    assertEquals(
        List.of(
            new Place(1, charlie),
            new Place(2, bravo),
            new Place(3, echo),
            new Place(4, alpha),
            new Place(5, foxtrot),
            new Place(0, delta)),
        ranking);
  }

  @Test
  void raisesAlertsWhereThresholdsAreCrossed() {
    // on time 85/100 = 0.85 < 0.90; FAT 95/100 fine; damage 1/100 = 0.01 > 0.005;
    // disputed 1/10 = 0.10 > 0.05; complaints 1/100 = 10 per 1,000, not above 10.
    Scorecard weak = card("alpha", 100, 85, 95, 1, 10, 1, 5);

    List<Alert> alerts = AlertThresholds.defaults().alertsFor(weak);

    assertEquals(
        List.of(
            new Alert(Lane.carrier("alpha"), Metric.ON_TIME, 0.85, 0.90),
            new Alert(Lane.carrier("alpha"), Metric.DAMAGE, 0.01, 0.005),
            new Alert(Lane.carrier("alpha"), Metric.DISPUTED_ATTEMPT, 0.10, 0.05)),
        alerts);
  }

  @Test
  void thresholdsAreConfigurable() {
    Scorecard fine = card("alpha", 100, 96, 96, 0, 4, 0, 5);
    AlertThresholds strict = new AlertThresholds(0.97, 0.90, 0.005, 0.05, 10, 30);

    assertEquals(List.of(Metric.ON_TIME), metrics(strict.alertsFor(fine)));
    assertEquals(List.of(), AlertThresholds.defaults().alertsFor(fine));
  }

  @Test
  void smallLanesRaiseNoAlerts() {
    Scorecard tiny = card("alpha", 10, 5, 5, 3, 5, 3, 9);

    assertEquals(List.of(), AlertThresholds.defaults().alertsFor(tiny));
  }

  private static List<Metric> metrics(List<Alert> alerts) {
    return alerts.stream().map(Alert::metric).toList();
  }
}
