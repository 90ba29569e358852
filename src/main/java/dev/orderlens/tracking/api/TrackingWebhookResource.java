package dev.orderlens.tracking.api;

import dev.orderlens.platform.ProblemException;
import dev.orderlens.platform.RequestBodies;
import dev.orderlens.tracking.application.ShipmentLedger;
import dev.orderlens.tracking.domain.TrackingPush;
import dev.orderlens.tracking.domain.TrackingPush.PushRefusedException;
import dev.orderlens.tracking.domain.TrackingReport;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Tracking providers push parcel news here; each push is authenticated the provider's way. */
@Path("/v1/tracking/webhooks/{provider}")
public class TrackingWebhookResource {

  private static final int MAX_BYTES = 1024 * 1024;

  @Inject Instance<TrackingPush> pushes;
  @Inject ShipmentLedger ledger;

  /** How many stored shipments the push updated or added. */
  public record PushResult(int shipments) {}

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Receive a tracking provider's push (aftership, 17track, dhl)")
  public PushResult receive(
      @PathParam("provider") String provider, @Context HttpHeaders headers, InputStream in) {
    TrackingPush push =
        pushes.stream()
            .filter(p -> p.provider().equals(provider) && p.enabled())
            .findFirst()
            .orElseThrow(
                () ->
                    new ProblemException(
                        Response.Status.NOT_FOUND,
                        "not-found",
                        "No tracking push is set up here."));
    byte[] body = RequestBodies.readLimited(in, MAX_BYTES);
    List<TrackingReport> reports;
    try {
      reports = push.read(headers::getHeaderString, body);
    } catch (PushRefusedException e) {
      throw e.reason() == PushRefusedException.Reason.SIGNATURE
          ? ProblemException.unauthorized(e.getMessage())
          : ProblemException.badRequest(e.getMessage());
    }
    return new PushResult(reports.stream().mapToInt(ledger::pushed).sum());
  }
}
