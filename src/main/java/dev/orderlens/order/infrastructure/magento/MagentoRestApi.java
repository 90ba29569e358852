package dev.orderlens.order.infrastructure.magento;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Magento 2's REST API (orders, shipments and products with one filter each, stock items, the store
 * currency), as a MicroProfile REST client. Paths sit on the methods so that JAX-RS scanning does
 * not take the interface for one of our resources.
 */
interface MagentoRestApi {

  String FIELD = "searchCriteria[filter_groups][0][filters][0][field]";
  String VALUE = "searchCriteria[filter_groups][0][filters][0][value]";
  String CONDITION = "searchCriteria[filter_groups][0][filters][0][condition_type]";
  String SORT_FIELD = "searchCriteria[sortOrders][0][field]";
  String SORT_DIRECTION = "searchCriteria[sortOrders][0][direction]";
  String PAGE_SIZE = "searchCriteria[pageSize]";

  @GET
  @Path("/rest/V1/orders")
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject orders(
      @HeaderParam("Authorization") String bearer,
      @QueryParam(FIELD) String field,
      @QueryParam(VALUE) String value,
      @QueryParam(CONDITION) String condition,
      @QueryParam(SORT_FIELD) String sortField,
      @QueryParam(SORT_DIRECTION) String direction,
      @QueryParam(PAGE_SIZE) int pageSize);

  @GET
  @Path("/rest/V1/shipments")
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject shipments(
      @HeaderParam("Authorization") String bearer,
      @QueryParam(FIELD) String field,
      @QueryParam(VALUE) String value,
      @QueryParam(CONDITION) String condition);

  @GET
  @Path("/rest/V1/products")
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject products(
      @HeaderParam("Authorization") String bearer,
      @QueryParam(FIELD) String field,
      @QueryParam(VALUE) String value,
      @QueryParam(CONDITION) String condition,
      @QueryParam(PAGE_SIZE) int pageSize);

  @GET
  @Path("/rest/V1/stockItems/{sku}")
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject stockItem(@HeaderParam("Authorization") String bearer, @PathParam("sku") String sku);

  @GET
  @Path("/rest/V1/directory/currency")
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject currency(@HeaderParam("Authorization") String bearer);
}
