package dev.orderlens.carrier.api;

import dev.orderlens.carrier.application.ScoringService;
import dev.orderlens.carrier.domain.report.IncidentStore;
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

  @Inject ScoringService scoring;
  @Inject IncidentStore incidents;
  @Inject Clock clock;
  @Inject AlertThresholds thresholds;

  @GET
  @Path("ranking")
  public List<RankingDto> ranking(@QueryParam("days") Integer days) {
    return scoring.ranking(Periods.lastDays(clock, days)).stream()
        .map(
            p ->
                new RankingDto(
                    p.rank(),
                    ScorecardDto.of(
                        p.scorecard(),
                        incidents.countsByState(p.scorecard().lane().carrier()),
                        thresholds)))
        .toList();
  }

  @GET
  @Path("{code}/scorecard")
  public ScorecardDto scorecard(
      @PathParam("code") String code,
      @QueryParam("days") Integer days,
      @QueryParam("service") String service,
      @QueryParam("region") String region) {
    Period period = Periods.lastDays(clock, days);
    return ScorecardDto.of(
        scoring.scorecard(new Lane(code, service, region), period),
        incidents.countsByState(code),
        thresholds);
  }

  @GET
  @Path("trend")
  public List<TrendPointDto> trend(@QueryParam("weeks") Integer weeks) {
    Period period = Periods.lastDays(clock, 7 * (weeks == null ? 12 : Math.min(weeks, 104)));
    List<TrendPointDto> points = new ArrayList<>();
    scoring
        .weekly(period)
        .values()
        .forEach(w -> w.forEach((week, s) -> points.add(TrendPointDto.of(week, s))));
    return points;
  }

  @GET
  @Path("incidents")
  public List<IncidentDto> incidents(
      @QueryParam("carrier") String carrier, @QueryParam("state") String state) {
    var filter = state == null || state.isBlank() ? null : CarrierPortalResource.parse(state);
    var who = carrier == null || carrier.isBlank() ? null : carrier;
    return incidents.list(who, filter, 500).stream().map(IncidentDto::of).toList();
  }
}
