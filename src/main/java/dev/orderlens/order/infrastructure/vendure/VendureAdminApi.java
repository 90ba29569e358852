package dev.orderlens.order.infrastructure.vendure;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Vendure's Admin GraphQL endpoint, as a MicroProfile REST client. It answers a {@link Response}
 * because the session token of a login comes back in the {@code vendure-auth-token} header. The
 * path sits on the method so that JAX-RS scanning does not take the interface for a resource.
 */
interface VendureAdminApi {

  @POST
  @Path("/admin-api")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  Response query(@HeaderParam("Authorization") String authorization, JsonObject request);
}
