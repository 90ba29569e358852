package dev.orderlens.overview.api;

import dev.orderlens.overview.application.OverviewService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The JSON behind the admin's overview page ({@code /admin/overview.html}). */
@Path("/v1/admin/overview")
@Produces(MediaType.APPLICATION_JSON)
public class AdminOverviewResource {

  @Inject OverviewService overview;

  @GET
  @Operation(
      summary = "Connections, flow, queue and what was learned, for the admin's overview page")
  public OverviewService.Overview read() {
    return overview.read();
  }
}
