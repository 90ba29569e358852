package dev.orderlens.order.infrastructure.shopify;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The Shopify Admin GraphQL endpoint, as a MicroProfile REST client. The path sits on the method so
 * that JAX-RS scanning does not take the interface for one of our resources.
 */
interface ShopifyGraphqlApi {

  @POST
  @Path("/admin/api/{version}/graphql.json")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject query(
      @PathParam("version") String version,
      @HeaderParam("X-Shopify-Access-Token") String token,
      JsonObject request);
}
