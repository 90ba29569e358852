package dev.orderlens.writeback.infrastructure;

import dev.orderlens.platform.rest.RestClients;
import dev.orderlens.writeback.domain.HelpdeskRateLimitedException;
import dev.orderlens.writeback.domain.HelpdeskRejectedException;
import dev.orderlens.writeback.domain.HelpdeskUnavailableException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds a helpdesk's MicroProfile REST client the same way for every vendor: short timeouts (the
 * outbox retries, a hanging helpdesk must not hold a worker), one authentication header, and the
 * {@link HelpdeskErrorMapper}; and runs calls so that I/O failures and timeouts read as
 * "unavailable".
 */
public final class HelpdeskClients {

  private HelpdeskClients() {}

  public static <T> T build(
      Class<T> api,
      String helpdesk,
      URI baseUrl,
      String authHeader,
      String authValue,
      Clock clock) {
    ClientRequestFilter auth = request -> request.getHeaders().putSingle(authHeader, authValue);
    return RestClients.builder(RestClients.Kind.HELPDESK, helpdesk, baseUrl)
        .register(auth)
        .register(new HelpdeskErrorMapper(helpdesk, clock))
        .build(api);
  }

  /** Runs one call; timeouts, refused connections and unreadable answers mean "try later". */
  public static <T> T call(String helpdesk, Supplier<T> call) {
    try {
      return call.get();
    } catch (ProcessingException e) {
      if (e.getCause() instanceof RuntimeException mapped && isHelpdeskFailure(mapped)) {
        throw mapped;
      }
      throw new HelpdeskUnavailableException(helpdesk + " could not be reached", e);
    }
  }

  public static void run(String helpdesk, Runnable call) {
    call(
        helpdesk,
        () -> {
          call.run();
          return null;
        });
  }

  /** Closes an answer whose body is not needed; error statuses were already mapped. */
  public static void discard(Response response) {
    if (response != null) {
      response.close();
    }
  }

  /** The ticket's own tags followed by ours, without duplicates, in a stable order. */
  public static List<String> merge(List<String> existing, List<String> added) {
    LinkedHashSet<String> all = new LinkedHashSet<>(existing);
    all.addAll(added);
    return List.copyOf(all);
  }

  private static boolean isHelpdeskFailure(RuntimeException e) {
    return e instanceof HelpdeskRateLimitedException
        || e instanceof HelpdeskUnavailableException
        || e instanceof HelpdeskRejectedException;
  }
}
