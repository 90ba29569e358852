package dev.orderlens.carrier.api;

import dev.orderlens.carrier.application.CarrierOverview;
import dev.orderlens.carrier.application.FeedbackReports;
import dev.orderlens.carrier.domain.report.FeedbackReportCsv;
import dev.orderlens.carrier.domain.scorecard.Period;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * CSV export for admins: one summary row per carrier (the report each would get for the last {@code
 * days}), or one row per incident of a carrier. Built from the same reports carriers receive, so
 * the spreadsheet and the carrier see the same numbers.
 */
@Path("/v1/admin/carriers")
@Produces("text/csv; charset=UTF-8")
public class AdminCarrierCsvResource {

  @Inject CarrierOverview overview;
  @Inject FeedbackReports reports;
  @Inject Clock clock;

  @GET
  @Path("reports.csv")
  public Response summary(@QueryParam("days") Integer days) {
    Period period = AdminParams.lastDays(clock, days);
    return csv(
        FeedbackReportCsv.summary(overview.reportsOfRanked(period)),
        "carriers-" + period.to() + ".csv");
  }

  @GET
  @Path("{code}/incidents.csv")
  public Response incidents(@PathParam("code") String code, @QueryParam("days") Integer days) {
    Period period = AdminParams.lastDays(clock, days);
    return csv(
        FeedbackReportCsv.incidents(reports.build(code, period)),
        "incidents-" + period.to() + ".csv");
  }

  private static Response csv(String body, String filename) {
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .build();
  }
}
