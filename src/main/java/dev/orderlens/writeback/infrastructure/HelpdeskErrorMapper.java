package dev.orderlens.writeback.infrastructure;

import dev.orderlens.writeback.domain.HelpdeskRateLimitedException;
import dev.orderlens.writeback.domain.HelpdeskRejectedException;
import dev.orderlens.writeback.domain.HelpdeskUnavailableException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a helpdesk's error status into the failure kind the outbox acts on: 429 waits for
 * Retry-After, 5xx retries later, any other 4xx is final. Shared by every helpdesk's REST client.
 */
final class HelpdeskErrorMapper implements ResponseExceptionMapper<RuntimeException> {

  private final String helpdesk;
  private final Clock clock;

  HelpdeskErrorMapper(String helpdesk, Clock clock) {
    this.helpdesk = helpdesk;
    this.clock = clock;
  }

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  @Override
  public RuntimeException toThrowable(Response response) {
    int status = response.getStatus();
    if (status == 429) {
      return new HelpdeskRateLimitedException(
          RetryAfter.parse(response.getHeaderString("Retry-After"), clock));
    }
    if (status >= 500) {
      return new HelpdeskUnavailableException(helpdesk + " answered HTTP " + status);
    }
    String message = helpdesk + " answered HTTP " + status + excerpt(response);
    return status == 404
        ? new HelpdeskNotFoundException(message)
        : new HelpdeskRejectedException(message);
  }

  /** The start of the error body, so a dead letter says why the helpdesk refused. */
  private static String excerpt(Response response) {
    try {
      if (!response.hasEntity()) {
        return "";
      }
      String body = response.readEntity(String.class).strip();
      return body.isEmpty()
          ? ""
          : ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    } catch (RuntimeException unreadable) {
      return "";
    }
  }
}
