package dev.orderlens.tracking.infrastructure.aftership;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * AfterShip Tracking API (dated versions, {@code /tracking/<version>}), as a MicroProfile REST
 * client. Paths sit on the methods so JAX-RS scanning does not take the interface for a resource.
 */
interface AfterShipApi {

  @GET
  @Path("/tracking/{version}/trackings")
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject find(
      @PathParam("version") String version,
      @HeaderParam("as-api-key") String key,
      @QueryParam("tracking_numbers") String trackingNumber);

  @POST
  @Path("/tracking/{version}/trackings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject create(
      @PathParam("version") String version,
      @HeaderParam("as-api-key") String key,
      JsonObject tracking);
}
