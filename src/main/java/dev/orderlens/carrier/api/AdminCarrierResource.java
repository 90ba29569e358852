package dev.orderlens.carrier.api;

import dev.orderlens.carrier.domain.account.CarrierAccount;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.carrier.infrastructure.CarrierDirectory;
import dev.orderlens.carrier.infrastructure.FeedbackReports;
import dev.orderlens.carrier.infrastructure.ReportSchedule;
import dev.orderlens.carrier.infrastructure.ScoringService;
import dev.orderlens.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** Admin: register carriers, produce a period's report now, rebuild the score roll-up. */
@Path("/v1/admin/carriers")
@Produces(MediaType.APPLICATION_JSON)
public class AdminCarrierResource {

  @Inject CarrierDirectory carriers;
  @Inject FeedbackReports reports;
  @Inject ScoringService scoring;
  @Inject Clock clock;

  @PUT
  @Path("{code}")
  public CarrierRegistration.Issued register(
      @PathParam("code") String code, CarrierRegistration r) {
    if (r == null) {
      throw ProblemException.badRequest("A JSON body with name and pushUrl is required");
    }
    try {
      var account = new CarrierAccount(code, r.name(), r.pushUrl(), r.secretRef());
      return new CarrierRegistration.Issued(code, carriers.register(account));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(e.getMessage());
    }
  }

  /**
   * Produces (once) and pushes the report of the last complete period, or of ?days=N up to today.
   */
  @POST
  @Path("{code}/reports")
  public Map<String, Object> report(
      @PathParam("code") String code, @QueryParam("days") Integer days) {
    carriers.byCode(code).orElseThrow(() -> ProblemException.badRequest("Unknown carrier " + code));
    Period period =
        days == null
            ? ReportSchedule.lastCompletePeriod(LocalDate.now(clock), 7)
            : Periods.lastDays(clock, days);
    scoring.refresh(code, period.from(), period.to());
    return Map.of(
        "created",
        reports.publishPeriodic(code, period),
        "from",
        period.from().toString(),
        "to",
        period.to().toString());
  }

  /** Rebuilds every shipping carrier's roll-up over the last ?days=N (default 400). */
  @POST
  @Path("rollup")
  public Map<String, Long> rollup(@QueryParam("days") Integer days) {
    Period period = Periods.lastDays(clock, days == null ? 400 : days);
    Period window = new Period(period.from(), period.to().plusDays(30));
    long counted = 0;
    for (String carrier : scoring.shippingCarriers(window)) {
      counted += scoring.refresh(carrier, window.from(), window.to());
    }
    return Map.of("shipments", counted);
  }
}
