package dev.orderlens.tracking.infrastructure;

import dev.orderlens.platform.rest.RestClients;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Builds the tracking providers' REST clients alike: short connect and read timeouts (a helpdesk
 * waits 10 s for the whole enrichment) and errors as {@link TrackingProviderException}, refusals
 * apart from outages.
 */
public final class ProviderClients {

  private ProviderClients() {}

  public static <T> T build(Class<T> api, String provider, URI baseUrl) {
    return RestClients.builder(RestClients.Kind.TRACKING, provider, baseUrl)
        .property("microprofile.rest.client.disable.default.mapper", true)
        .register(new Errors())
        .build(api);
  }

  /** 4xx → {@link TrackingProviderException.Refused}, 5xx → {@link TrackingProviderException}. */
  static final class Errors implements ResponseExceptionMapper<TrackingProviderException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
      return status >= 400;
    }

    @Override
    public TrackingProviderException toThrowable(Response response) {
      int status = response.getStatus();
      return status < 500
          ? new TrackingProviderException.Refused(status)
          : new TrackingProviderException(status);
    }
  }
}
