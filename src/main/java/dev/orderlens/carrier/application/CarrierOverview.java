package dev.orderlens.carrier.application;

import dev.orderlens.carrier.domain.report.FeedbackReport;
import dev.orderlens.carrier.domain.report.IncidentState;
import dev.orderlens.carrier.domain.report.IncidentStore;
import dev.orderlens.carrier.domain.scorecard.Lane;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.carrier.domain.scorecard.Scorecard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * What the admin sees of carriers: the ranking and scorecards with each carrier's incidents by
 * state, the incidents themselves, and the report every ranked carrier would get for a period.
 */
@ApplicationScoped
public class CarrierOverview {

  @Inject ScoringService scoring;
  @Inject IncidentStore incidents;
  @Inject FeedbackReports reports;

  /** A carrier's scorecard with its incidents counted by state. */
  public record CarrierStanding(Scorecard scorecard, Map<IncidentState, Long> incidents) {}

  /** A ranked carrier. */
  public record Ranked(int rank, CarrierStanding standing) {}

  public List<Ranked> ranking(Period period) {
    return scoring.ranking(period).stream()
        .map(p -> new Ranked(p.rank(), standing(p.scorecard())))
        .toList();
  }

  public CarrierStanding scorecard(Lane lane, Period period) {
    return standing(scoring.scorecard(lane, period));
  }

  /** Incidents of one carrier (or all for null), in one state (or any for null), newest first. */
  public List<IncidentStore.Stored> incidents(String carrier, IncidentState state) {
    return incidents.list(carrier, state, 500);
  }

  /** The report each ranked carrier would get for the period, as the CSV export shows them. */
  public List<FeedbackReport> reportsOfRanked(Period period) {
    return scoring.ranking(period).stream()
        .map(p -> reports.build(p.scorecard().lane().carrier(), period))
        .toList();
  }

  private CarrierStanding standing(Scorecard scorecard) {
    return new CarrierStanding(scorecard, incidents.countsByState(scorecard.lane().carrier()));
  }
}
