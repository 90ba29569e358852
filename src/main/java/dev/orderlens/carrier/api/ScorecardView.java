package dev.orderlens.carrier.api;

import dev.orderlens.carrier.application.CarrierOverview;
import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.report.IncidentState;
import dev.orderlens.carrier.domain.scorecard.AlertThresholds;
import dev.orderlens.carrier.domain.scorecard.Scorecard;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scorecard as the admin API shows it, with the carrier's answers to reported incidents (open,
 * acknowledged, disputed) beside the rates, so a disputed incident is visible where it is scored,
 * and the alerts its rates raise against the configured thresholds.
 */
public record ScorecardView(
    String carrier,
    String service,
    String region,
    LocalDate from,
    LocalDate to,
    long shipments,
    RateView onTime,
    RateView firstAttempt,
    RateView disputedAttempt,
    RateView damage,
    Integer transitP50,
    Integer transitP95,
    Map<String, Double> complaintsPerThousand,
    double totalComplaintsPerThousand,
    Map<String, Long> incidents,
    List<AlertView> alerts) {

  /** A threshold the scorecard crossed: the metric, its value and the threshold. */
  public record AlertView(String metric, double actual, double threshold) {}

  static ScorecardView of(CarrierOverview.CarrierStanding standing, AlertThresholds thresholds) {
    Scorecard s = standing.scorecard();
    Map<IncidentState, Long> incidents = standing.incidents();
    Map<String, Double> complaints = new LinkedHashMap<>();
    for (ComplaintCategory c : ComplaintCategory.values()) {
      complaints.put(c.name(), s.complaintsPerThousand(c));
    }
    Map<String, Long> answers = new LinkedHashMap<>();
    incidents.forEach((state, n) -> answers.put(state.name(), n));
    return new ScorecardView(
        s.lane().carrier(),
        s.lane().service(),
        s.lane().region(),
        s.period().from(),
        s.period().to(),
        s.shipments(),
        RateView.of(s.onTime()),
        RateView.of(s.firstAttempt()),
        RateView.of(s.disputedAttempt()),
        RateView.of(s.damage()),
        s.transitP50(),
        s.transitP95(),
        complaints,
        s.totalComplaintsPerThousand(),
        answers,
        thresholds.alertsFor(s).stream()
            .map(a -> new AlertView(a.metric().name(), a.actual(), a.threshold()))
            .toList());
  }
}
