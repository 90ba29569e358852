package dev.orderlens.writeback.infrastructure.zendesk;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Zendesk Support's ticket endpoints Orderlens uses, as a MicroProfile REST client. */
interface ZendeskTicketsApi {

  /** The ticket's comments, newest first (the note Orderlens wrote last is on the first page). */
  @GET
  @Path("/api/v2/tickets/{id}/comments.json")
  @Produces(MediaType.APPLICATION_JSON)
  JsonValue comments(@PathParam("id") String ticketId, @QueryParam("sort_order") String order);

  @PUT
  @Path("/api/v2/tickets/{id}.json")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject update(@PathParam("id") String ticketId, JsonObject body);
}
