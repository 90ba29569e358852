package dev.orderlens.writeback.infrastructure.zendesk;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Zendesk Support's ticket update endpoint, as a MicroProfile REST client. */
interface ZendeskTicketsApi {

  @PUT
  @Path("/api/v2/tickets/{id}.json")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject update(@PathParam("id") String ticketId, JsonObject body);
}
