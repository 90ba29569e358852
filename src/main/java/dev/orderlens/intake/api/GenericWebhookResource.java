package dev.orderlens.intake.api;

import dev.orderlens.enrichment.api.EnrichmentView;
import dev.orderlens.intake.application.IntakeService;
import dev.orderlens.platform.ProblemException;
import dev.orderlens.platform.RequestBodies;
import dev.orderlens.platform.outbox.IntakePressure;
import dev.orderlens.platform.security.WebhookSignature;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The canonical webhook any helpdesk or script can call; answers with the enrichment. */
@Path("/v1/webhooks/generic")
public class GenericWebhookResource {

  @Inject IntakeService intake;
  @Inject IntakePressure pressure;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "orderlens.webhook.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "intake.webhook.max-body-bytes", defaultValue = "262144")
  int maxBodyBytes;

  @Inject
  @ConfigProperty(name = "intake.webhook.tolerance-seconds", defaultValue = "300")
  long toleranceSeconds;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enrich a ticket sent in Orderlens' canonical format (signed)")
  public EnrichmentView receive(
      @HeaderParam("X-Orderlens-Timestamp") String timestamp,
      @HeaderParam("X-Orderlens-Signature") String signature,
      InputStream in) {
    pressure.started();
    try {
      return enrich(timestamp, signature, in);
    } finally {
      pressure.finished();
    }
  }

  private EnrichmentView enrich(String timestamp, String signature, InputStream in) {
    byte[] body = RequestBodies.readLimited(in, maxBodyBytes);
    var verdict =
        WebhookSignature.verify(
            secret,
            timestamp,
            signature,
            body,
            clock.instant(),
            Duration.ofSeconds(toleranceSeconds));
    if (!verdict.accepted()) {
      throw ProblemException.unauthorized("Webhook signature refused: " + verdict + ".");
    }
    GenericTicketRequest payload = GenericTicketRequest.parse(RequestBodies.jsonObject(body));
    return EnrichmentView.from(
        intake.receive(
            "generic",
            payload.eventId(),
            payload.ticket(),
            new String(body, StandardCharsets.UTF_8)));
  }
}
