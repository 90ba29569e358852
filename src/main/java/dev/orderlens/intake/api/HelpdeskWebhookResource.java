package dev.orderlens.intake.api;

import dev.orderlens.intake.application.IntakeService;
import dev.orderlens.intake.domain.AcceptOutcome;
import dev.orderlens.intake.domain.HelpdeskDialect;
import dev.orderlens.intake.domain.HelpdeskDialects;
import dev.orderlens.intake.domain.InboundEvent;
import dev.orderlens.intake.domain.WebhookRequest;
import dev.orderlens.platform.ProblemException;
import dev.orderlens.platform.RequestBodies;
import dev.orderlens.platform.outbox.IntakePressure;
import dev.orderlens.ticket.domain.Ticket;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Native webhooks of Zendesk, Freshdesk, Zammad, Chatwoot and Gorgias. Helpdesks give up after 5 to
 * 10 s, so the event is stored and answered 202 at once; enrichment and write-back follow in the
 * background.
 */
@Path("/v1/webhooks/{helpdesk}")
public class HelpdeskWebhookResource {

  /** The acknowledgement: the event id and what happened to it. */
  public record Acknowledgement(String eventId, AcceptOutcome outcome) {}

  @Inject HelpdeskDialects dialects;
  @Inject IntakePressure pressure;
  @Inject IntakeService intake;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "intake.webhook.max-body-bytes", defaultValue = "262144")
  int maxBodyBytes;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Accept a helpdesk's native webhook; enrichment is written back later")
  public Response receive(
      @PathParam("helpdesk") String helpdesk, @Context HttpHeaders headers, InputStream in) {
    pressure.started();
    try {
      return accept(helpdesk, headers, in);
    } finally {
      pressure.finished();
    }
  }

  private Response accept(String helpdesk, HttpHeaders headers, InputStream in) {
    HelpdeskDialect dialect =
        dialects
            .find(helpdesk)
            .orElseThrow(
                () ->
                    new ProblemException(
                        Response.Status.NOT_FOUND,
                        "unknown-helpdesk",
                        "No helpdesk '" + helpdesk + "' is configured."));
    byte[] body = RequestBodies.readLimited(in, maxBodyBytes);
    WebhookRequest request = new WebhookRequest(flatten(headers), body);
    if (!dialect.authentic(request, clock.instant())) {
      throw ProblemException.unauthorized("The " + helpdesk + " webhook is not authentic.");
    }
    InboundEvent event;
    try {
      event = dialect.read(request);
    } catch (HelpdeskDialect.InvalidPayloadException e) {
      throw ProblemException.badRequest(e.getMessage());
    }
    if (event.eventId().length() > Ticket.MAX_ID_LENGTH) {
      throw ProblemException.badRequest(
          "The delivery id is longer than " + Ticket.MAX_ID_LENGTH + " characters.");
    }
    AcceptOutcome outcome =
        intake.accept(helpdesk, event, new String(body, StandardCharsets.UTF_8));
    return Response.accepted(new Acknowledgement(event.eventId(), outcome)).build();
  }

  private static Map<String, String> flatten(HttpHeaders headers) {
    Map<String, String> flat = new HashMap<>();
    headers.getRequestHeaders().forEach((name, values) -> flat.put(name, String.join(",", values)));
    return flat;
  }
}
