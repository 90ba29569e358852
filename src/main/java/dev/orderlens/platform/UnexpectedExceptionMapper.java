package dev.orderlens.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last line of defence: JSON the client sent that cannot be parsed is a 400; anything else is our
 * fault, logged without request data and answered as a problem with no stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Exception exception) {
    if (exception instanceof JsonException || exception instanceof JsonbException) {
      return Problem.of(
              Response.Status.BAD_REQUEST, "malformed-json", "The body is not valid JSON.")
          .toResponse();
    }
    LOG.log(Level.SEVERE, "Unexpected failure: " + exception.getClass().getName(), exception);
    return Problem.of(
            500, "Internal Server Error", "internal", "The request could not be completed.")
        .toResponse();
  }
}
