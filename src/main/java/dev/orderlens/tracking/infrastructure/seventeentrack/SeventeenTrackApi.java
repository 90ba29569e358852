package dev.orderlens.tracking.infrastructure.seventeentrack;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * 17TRACK Tracking API v2 ({@code /track/<version>}), as a MicroProfile REST client; both calls
 * take a list of {@code {"number": …}} items. Paths sit on the methods so JAX-RS scanning does not
 * take the interface for a resource.
 */
interface SeventeenTrackApi {

  @POST
  @Path("/track/{version}/gettrackinfo")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject trackInfo(
      @PathParam("version") String version,
      @HeaderParam("17token") String token,
      JsonArray numbers);

  @POST
  @Path("/track/{version}/register")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject register(
      @PathParam("version") String version,
      @HeaderParam("17token") String token,
      JsonArray numbers);
}
