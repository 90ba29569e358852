package dev.orderlens.writeback.infrastructure.freshdesk;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The Freshdesk v2 endpoints Orderlens uses, as a MicroProfile REST client. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface FreshdeskApi {

  @GET
  @Path("/api/v2/tickets/{id}")
  JsonObject ticket(@PathParam("id") String ticketId);

  /** The ticket's replies and notes (first 100). */
  @GET
  @Path("/api/v2/tickets/{id}/conversations")
  JsonValue conversations(@PathParam("id") String ticketId, @QueryParam("per_page") int perPage);

  @PUT
  @Path("/api/v2/tickets/{id}")
  Response updateTicket(@PathParam("id") String ticketId, JsonObject body);

  @POST
  @Path("/api/v2/tickets/{id}/notes")
  JsonObject addNote(@PathParam("id") String ticketId, JsonObject body);

  @PUT
  @Path("/api/v2/notes/{id}")
  JsonObject updateNote(@PathParam("id") String noteId, JsonObject body);
}
