package dev.orderlens.writeback.infrastructure.zammad;

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

/** The Zammad REST endpoints Orderlens uses, as a MicroProfile REST client. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface ZammadApi {

  @POST
  @Path("/api/v1/tags/add")
  Response addTag(JsonObject body);

  @PUT
  @Path("/api/v1/tickets/{id}")
  Response updateTicket(@PathParam("id") String ticketId, JsonObject body);

  /** The answer's body (the new article) is not read: Zammad never edits an article's body. */
  @POST
  @Path("/api/v1/ticket_articles")
  Response addArticle(JsonObject body);

  /** Every article of the ticket, notes included. */
  @GET
  @Path("/api/v1/ticket_articles/by_ticket/{id}")
  JsonValue articles(@PathParam("id") String ticketId);
}
