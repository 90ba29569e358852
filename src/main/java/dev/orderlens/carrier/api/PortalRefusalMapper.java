package dev.orderlens.carrier.api;

import dev.orderlens.carrier.application.PortalRefusal;
import dev.orderlens.platform.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A portal refusal as RFC 9457 problem+json: 404, 403, 400 or 409. */
@Provider
public class PortalRefusalMapper implements ExceptionMapper<PortalRefusal> {

  @Override
  public Response toResponse(PortalRefusal refusal) {
    Problem problem =
        switch (refusal.reason()) {
          case NOT_FOUND ->
              Problem.of(Response.Status.NOT_FOUND, "not-found", refusal.getMessage());
          case NOT_YOURS ->
              Problem.of(Response.Status.FORBIDDEN, "forbidden", refusal.getMessage());
          case BAD_ANSWER ->
              Problem.of(Response.Status.BAD_REQUEST, "bad-request", refusal.getMessage());
          case WRONG_STATE ->
              Problem.of(Response.Status.CONFLICT, "incident-state", refusal.getMessage());
        };
    return problem.toResponse();
  }
}
