package dev.orderlens.platform.outbox;

import dev.orderlens.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admin API over the outbox's dead letters (admin login required, see web.xml). */
@Path("/v1/admin/outbox/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

  @Inject DeadLetters deadLetters;

  @GET
  @Operation(summary = "List messages the outbox gave up on, newest first")
  public List<DeadLetters.DeadLetter> list(@QueryParam("limit") @DefaultValue("100") int limit) {
    if (limit < 1 || limit > 1000) {
      throw ProblemException.badRequest("limit must be between 1 and 1000.");
    }
    return deadLetters.list(limit);
  }

  @POST
  @Path("/{id}/replay")
  @Operation(summary = "Queue a dead letter again with a fresh attempt count")
  public Response replay(@PathParam("id") long id) {
    if (!deadLetters.replay(id)) {
      throw new ProblemException(
          Response.Status.NOT_FOUND, "not-found", "No dead letter with id " + id + ".");
    }
    return Response.accepted().build();
  }
}
