package dev.orderlens.order.infrastructure.woocommerce;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The WooCommerce REST API v3, as a MicroProfile REST client. Paths sit on the methods so that
 * JAX-RS scanning does not take the interface for one of our resources.
 */
interface WooCommerceRestApi {

  @GET
  @Path("/wp-json/wc/v3/orders")
  @Produces(MediaType.APPLICATION_JSON)
  JsonArray orders(
      @HeaderParam("Authorization") String authorization,
      @QueryParam("search") String search,
      @QueryParam("per_page") int perPage,
      @QueryParam("orderby") String orderBy,
      @QueryParam("order") String order);

  @GET
  @Path("/wp-json/wc/v3/settings/general/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject setting(
      @HeaderParam("Authorization") String authorization, @PathParam("id") String id);

  @GET
  @Path("/wp-json/wc/v3/products")
  @Produces(MediaType.APPLICATION_JSON)
  JsonArray productsBySku(
      @HeaderParam("Authorization") String authorization, @QueryParam("sku") String sku);

  @GET
  @Path("/wp-json/wc/v3/products")
  @Produces(MediaType.APPLICATION_JSON)
  JsonArray productsInStock(
      @HeaderParam("Authorization") String authorization,
      @QueryParam("category") String categoryId,
      @QueryParam("stock_status") String stockStatus,
      @QueryParam("status") String status,
      @QueryParam("per_page") int perPage);
}
