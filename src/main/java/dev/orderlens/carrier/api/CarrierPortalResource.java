package dev.orderlens.carrier.api;

import dev.orderlens.carrier.application.CarrierPortal;
import dev.orderlens.carrier.domain.report.IncidentState;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The pull API: a carrier reads its own reports and incidents and answers incidents. */
@Path("/v1/carriers/{carrier}")
@Produces(MediaType.APPLICATION_JSON)
public class CarrierPortalResource {

  @Inject CarrierKeyAuthentication auth;
  @Inject CarrierPortal portal;

  @HeaderParam(CarrierKeyAuthentication.HEADER)
  String key;

  @PathParam("carrier")
  String carrier;

  @GET
  @Path("reports")
  public List<ReportSummaryView> reports() {
    return portal.reports(auth.authenticate(key, carrier)).stream()
        .map(ReportSummaryView::of)
        .toList();
  }

  /** The report body byte for byte as it was pushed (verify it against the push signature). */
  @GET
  @Path("reports/{id}")
  public String report(@PathParam("id") long id) {
    return portal.report(auth.authenticate(key, carrier), id).body();
  }

  @GET
  @Path("incidents")
  public List<IncidentView> incidents(@QueryParam("state") String state) {
    IncidentState filter = AdminParams.incidentState(state);
    return portal.incidents(auth.authenticate(key, carrier), filter).stream()
        .map(IncidentView::of)
        .toList();
  }

  @POST
  @Path("incidents/{id}/{answer: acknowledge|dispute}")
  public IncidentView answer(
      @PathParam("id") long id, @PathParam("answer") String answer, IncidentAnswerRequest body) {
    var a =
        "acknowledge".equals(answer)
            ? CarrierPortal.Answer.ACKNOWLEDGE
            : CarrierPortal.Answer.DISPUTE;
    return IncidentView.of(
        portal.answer(auth.authenticate(key, carrier), id, a, body == null ? null : body.reason()));
  }
}
