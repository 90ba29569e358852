package dev.orderlens.intake.api;

import dev.orderlens.intake.domain.EventInProgressException;
import dev.orderlens.platform.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A copy of an event whose first delivery is still being enriched: the sender may retry. */
@Provider
public class EventInProgressMapper implements ExceptionMapper<EventInProgressException> {
  @Override
  public Response toResponse(EventInProgressException exception) {
    return Response.fromResponse(
            Problem.of(
                    Response.Status.CONFLICT,
                    "event-in-progress",
                    "This event is already being processed; retry shortly.")
                .toResponse())
        .header("Retry-After", "2")
        .build();
  }
}
