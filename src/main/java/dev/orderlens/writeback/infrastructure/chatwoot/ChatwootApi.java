package dev.orderlens.writeback.infrastructure.chatwoot;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The Chatwoot application API endpoints Orderlens uses, as a MicroProfile REST client. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface ChatwootApi {

  String CONVERSATION = "/api/v1/accounts/{account}/conversations/{conversation}";

  @GET
  @Path(CONVERSATION + "/labels")
  JsonObject labels(@PathParam("account") String account, @PathParam("conversation") String id);

  @POST
  @Path(CONVERSATION + "/labels")
  Response setLabels(
      @PathParam("account") String account, @PathParam("conversation") String id, JsonObject body);

  @POST
  @Path(CONVERSATION + "/custom_attributes")
  Response setAttributes(
      @PathParam("account") String account, @PathParam("conversation") String id, JsonObject body);

  @POST
  @Path(CONVERSATION + "/toggle_priority")
  Response setPriority(
      @PathParam("account") String account, @PathParam("conversation") String id, JsonObject body);

  /** The conversation's latest messages, private notes included. */
  @GET
  @Path(CONVERSATION + "/messages")
  JsonValue messages(@PathParam("account") String account, @PathParam("conversation") String id);

  @POST
  @Path(CONVERSATION + "/messages")
  JsonObject addMessage(
      @PathParam("account") String account, @PathParam("conversation") String id, JsonObject body);
}
