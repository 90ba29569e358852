package dev.orderlens.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Every call Orderlens makes to a shop, tracking provider or helpdesk, at {@code /metrics}: calls
 * started, answers by status class, and how long an answer took, by kind and remote (the store's,
 * provider's or helpdesk's name). A call that got no answer at all (timeout, refused connection) is
 * one started without an answer. Outside the server (unit tests) it records nothing.
 */
final class RemoteCallMetrics implements ClientRequestFilter, ClientResponseFilter {

  private static final String STARTED = RemoteCallMetrics.class.getName() + ".started";

  private static final Metadata STARTED_CALLS =
      Metadata.builder()
          .withName("orderlens_remote_calls_started")
          .withDescription("Calls to shops, tracking providers and helpdesks, by kind and remote")
          .build();
  private static final Metadata ANSWERS =
      Metadata.builder()
          .withName("orderlens_remote_calls_answered")
          .withDescription(
              "Answers from shops, tracking providers and helpdesks, by status class (2xx, 4xx,"
                  + " 429, 5xx)")
          .build();
  private static final Metadata CALL_TIME =
      Metadata.builder()
          .withName("orderlens_remote_call")
          .withDescription("Time to an answer from a remote, by kind and remote")
          .withUnit(MetricUnits.SECONDS)
          .build();

  private final Tag kind;
  private final Tag remote;

  RemoteCallMetrics(RestClients.Kind kind, String remote) {
    this.kind = new Tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
    this.remote = new Tag("remote", remote);
  }

  @Override
  public void filter(ClientRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
    registry().ifPresent(r -> r.counter(STARTED_CALLS, kind, remote).inc());
  }

  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response) {
    RemoteCallLog.answered(
        kind.getTagValue(), remote.getTagValue(), response.getStatus(), java.time.Instant.now());
    Object started = request.getProperty(STARTED);
    registry()
        .ifPresent(
            r -> {
              r.counter(ANSWERS, kind, remote, new Tag("status", statusClass(response.getStatus())))
                  .inc();
              if (started instanceof Long start) {
                r.timer(CALL_TIME, kind, remote)
                    .update(Duration.ofNanos(System.nanoTime() - start));
              }
            });
  }

  static String statusClass(int status) {
    return status == 429 ? "429" : (status / 100) + "xx";
  }

  /** The application's registry, handed over when the application starts (see {@link Wiring}). */
  private static volatile MetricRegistry registry;

  private static Optional<MetricRegistry> registry() {
    return Optional.ofNullable(registry);
  }

  /**
   * Hands the application's metric registry to the filters, which REST clients instantiate outside
   * CDI. Until then (and outside the server) calls are not counted.
   */
  @ApplicationScoped
  public static class Wiring {
    void start(
        @Observes @Initialized(ApplicationScoped.class) Object started, MetricRegistry metrics) {
      registry = metrics;
    }
  }
}
