package dev.orderlens.writeback.infrastructure.gorgias;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The Gorgias REST endpoints Orderlens uses, as a MicroProfile REST client. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface GorgiasApi {

  @POST
  @Path("/api/tickets/{id}/tags")
  Response addTags(@PathParam("id") String ticketId, JsonObject body);

  @POST
  @Path("/api/tickets/{id}/custom-fields")
  Response setFields(@PathParam("id") String ticketId, JsonArray body);

  @PUT
  @Path("/api/tickets/{id}")
  Response updateTicket(@PathParam("id") String ticketId, JsonObject body);

  /** The ticket's messages, internal notes included. */
  @GET
  @Path("/api/tickets/{id}/messages")
  JsonValue messages(@PathParam("id") String ticketId);

  @POST
  @Path("/api/tickets/{id}/messages")
  JsonObject addMessage(@PathParam("id") String ticketId, JsonObject body);

  @PUT
  @Path("/api/tickets/{id}/messages/{message}")
  JsonObject updateMessage(
      @PathParam("id") String ticketId, @PathParam("message") String messageId, JsonObject body);
}
