package dev.orderlens.carrier.api;

import dev.orderlens.carrier.application.ReportSchedule;
import dev.orderlens.carrier.domain.account.CarrierAccount;
import dev.orderlens.carrier.domain.account.CarrierDirectory;
import dev.orderlens.carrier.domain.scorecard.Period;
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

/**
 * Admin: register carriers (the answer carries the new API key, shown once), produce a report now,
 * rebuild the score roll-up after shipments were loaded in bulk.
 */
@Path("/v1/admin/carriers")
@Produces(MediaType.APPLICATION_JSON)
public class AdminCarrierResource {

  @Inject CarrierDirectory carriers;
  @Inject ReportSchedule schedule;
  @Inject Clock clock;

  @PUT
  @Path("{code}")
  public CarrierRegistrationRequest.Issued register(
      @PathParam("code") String code, CarrierRegistrationRequest r) {
    if (r == null) {
      throw ProblemException.badRequest("A JSON body with name and pushUrl is required");
    }
    try {
      var account = new CarrierAccount(code, r.name(), r.pushUrl(), r.secretRef());
      return new CarrierRegistrationRequest.Issued(code, carriers.register(account));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(e.getMessage());
    }
  }

  /** Produces (once) and pushes the report of the period now due, or of ?days=N up to today. */
  @POST
  @Path("{code}/reports")
  public ProducedReport report(@PathParam("code") String code, @QueryParam("days") Integer days) {
    carriers.byCode(code).orElseThrow(() -> ProblemException.badRequest("Unknown carrier " + code));
    Period period = days == null ? schedule.duePeriod() : AdminParams.lastDays(clock, days);
    return new ProducedReport(schedule.produce(code, period), period.from(), period.to());
  }

  /** Rebuilds every shipping carrier's roll-up over the last ?days=N (default 400). */
  @POST
  @Path("rollup")
  public Map<String, Long> rollup(@QueryParam("days") Integer days) {
    return Map.of(
        "shipments", schedule.refreshAll(AdminParams.lastDays(clock, days == null ? 400 : days)));
  }

  /** Whether the report was produced now (false: it existed already), and its period. */
  public record ProducedReport(boolean created, LocalDate from, LocalDate to) {}
}
