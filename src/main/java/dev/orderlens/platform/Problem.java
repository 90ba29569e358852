package dev.orderlens.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * An RFC 9457 problem detail. Every error Orderlens answers is one of these, never an HTML page or
 * a stack trace.
 */
public record Problem(String type, String title, int status, String detail) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
  private static final String TYPE_BASE = "https://orderlens.dev/problems/";

  public static Problem of(Response.Status status, String slug, String detail) {
    return new Problem(
        URI.create(TYPE_BASE + slug).toString(),
        status.getReasonPhrase(),
        status.getStatusCode(),
        detail);
  }

  public static Problem of(int status, String title, String slug, String detail) {
    return new Problem(URI.create(TYPE_BASE + slug).toString(), title, status, detail);
  }

  public Response toResponse() {
    return Response.status(status).type(PROBLEM_JSON).entity(this).build();
  }
}
