package dev.orderlens.carrier.api;

import dev.orderlens.carrier.application.CarrierOverview;
import dev.orderlens.carrier.application.ScoringService;
import dev.orderlens.carrier.domain.scorecard.AlertThresholds;
import dev.orderlens.carrier.domain.scorecard.Lane;
import dev.orderlens.carrier.domain.scorecard.Period;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Admin JSON behind the dashboard: ranking, one scorecard, weekly trends, incidents. */
@Path("/v1/admin/carriers")
@Produces(MediaType.APPLICATION_JSON)
public class AdminScorecardResource {

  @Inject CarrierOverview overview;
  @Inject ScoringService scoring;
  @Inject Clock clock;
  @Inject AlertThresholds thresholds;

  @GET
  @Path("ranking")
  public List<RankingView> ranking(@QueryParam("days") Integer days) {
    return overview.ranking(AdminParams.lastDays(clock, days)).stream()
        .map(r -> new RankingView(r.rank(), ScorecardView.of(r.standing(), thresholds)))
        .toList();
  }

  @GET
  @Path("{code}/scorecard")
  public ScorecardView scorecard(
      @PathParam("code") String code,
      @QueryParam("days") Integer days,
      @QueryParam("service") String service,
      @QueryParam("region") String region) {
    Period period = AdminParams.lastDays(clock, days);
    return ScorecardView.of(
        overview.scorecard(new Lane(code, service, region), period), thresholds);
  }

  @GET
  @Path("trend")
  public List<TrendPointView> trend(@QueryParam("weeks") Integer weeks) {
    Period period = AdminParams.lastDays(clock, 7 * (weeks == null ? 12 : Math.min(weeks, 104)));
    List<TrendPointView> points = new ArrayList<>();
    scoring
        .weekly(period)
        .values()
        .forEach(w -> w.forEach((week, s) -> points.add(TrendPointView.of(week, s))));
    return points;
  }

  @GET
  @Path("incidents")
  public List<IncidentView> incidents(
      @QueryParam("carrier") String carrier, @QueryParam("state") String state) {
    var who = carrier == null || carrier.isBlank() ? null : carrier;
    return overview.incidents(who, AdminParams.incidentState(state)).stream()
        .map(IncidentView::of)
        .toList();
  }
}
