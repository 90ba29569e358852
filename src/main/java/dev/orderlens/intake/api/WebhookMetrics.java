package dev.orderlens.intake.api;

import dev.orderlens.intake.domain.HelpdeskDialects;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Every webhook delivery at {@code /metrics}: how many by helpdesk and outcome, and how long the
 * acknowledgement took. The outcome is what the helpdesk was told: {@code accepted}, {@code
 * duplicate} or {@code ignored} (a native event), {@code answered} (the generic webhook's
 * enrichment), {@code unauthenticated}, {@code unknown_helpdesk}, {@code in_progress}, {@code
 * too_large}, {@code invalid} or {@code error}.
 */
@Provider
public class WebhookMetrics implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String STARTED = WebhookMetrics.class.getName() + ".started";
  private static final String PREFIX = "v1/webhooks/";

  private static final Metadata DELIVERIES =
      Metadata.builder()
          .withName("orderlens_webhooks")
          .withDescription("Webhook deliveries by helpdesk and what the helpdesk was told")
          .build();
  private static final Metadata ACKNOWLEDGEMENT =
      Metadata.builder()
          .withName("orderlens_webhook_acknowledgement")
          .withDescription("Time from a webhook's arrival to its answer, by helpdesk")
          .withUnit(MetricUnits.SECONDS)
          .build();

  @Inject MetricRegistry registry;
  @Inject HelpdeskDialects dialects;

  @Override
  public void filter(ContainerRequestContext request) {
    if (isWebhook(request)) {
      request.setProperty(STARTED, System.nanoTime());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(STARTED) instanceof Long started)) {
      return;
    }
    Tag helpdesk = new Tag("helpdesk", helpdesk(request));
    registry.counter(DELIVERIES, helpdesk, new Tag("outcome", outcome(response))).inc();
    registry.timer(ACKNOWLEDGEMENT, helpdesk).update(Duration.ofNanos(System.nanoTime() - started));
  }

  private static boolean isWebhook(ContainerRequestContext request) {
    return request.getUriInfo().getPath().startsWith(PREFIX)
        || request.getUriInfo().getPath().startsWith("/" + PREFIX);
  }

  /**
   * The helpdesk in the path: "generic" or a configured helpdesk's name; "unknown" for any other (a
   * caller's made-up path is kept off the tags).
   */
  private String helpdesk(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    String name = path.substring(path.indexOf(PREFIX) + PREFIX.length());
    int slash = name.indexOf('/');
    name = (slash < 0 ? name : name.substring(0, slash)).toLowerCase(Locale.ROOT);
    return "generic".equals(name) || dialects.names().contains(name) ? name : "unknown";
  }

  static String outcome(ContainerResponseContext response) {
    int status = response.getStatus();
    if (status < 300) {
      return response.getEntity() instanceof HelpdeskWebhookResource.Acknowledgement ack
          ? ack.outcome().name().toLowerCase(Locale.ROOT)
          : "answered";
    }
    return switch (status) {
      case 401, 403 -> "unauthenticated";
      case 404 -> "unknown_helpdesk";
      case 409, 503 -> "in_progress";
      case 413 -> "too_large";
      default -> status < 500 ? "invalid" : "error";
    };
  }
}
