package dev.orderlens.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns JAX-RS' own refusals (404, 405, 406, 415, a body that cannot be read) into problem+json.
 * Exceptions that come from reading the request body are the client's fault, whatever status the
 * runtime gave them.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type == null ? "Error" : type.getReasonPhrase();
    if (status >= 500) {
      return Problem.of(
              500, "Internal Server Error", "internal", "The request could not be completed.")
          .toResponse();
    }
    String detail =
        switch (status) {
          case 404 -> "No resource at this path.";
          case 405 -> "This method is not allowed on this resource.";
          case 406 -> "No acceptable representation; this API speaks application/json.";
          case 415 -> "Unsupported media type; send application/json.";
          default -> "The request was refused.";
        };
    return Problem.of(status, title, slug(status), detail).toResponse();
  }

  private static String slug(int status) {
    return switch (status) {
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 415 -> "unsupported-media-type";
      default -> "http-" + status;
    };
  }
}
