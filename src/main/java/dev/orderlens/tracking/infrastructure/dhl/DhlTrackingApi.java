package dev.orderlens.tracking.infrastructure.dhl;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * DHL Shipment Tracking - Unified, as a MicroProfile REST client. The path sits on the method so
 * JAX-RS scanning does not take the interface for a resource.
 */
interface DhlTrackingApi {

  @GET
  @Path("/track/shipments")
  @Produces(MediaType.APPLICATION_JSON)
  JsonObject shipments(
      @HeaderParam("DHL-API-Key") String key, @QueryParam("trackingNumber") String trackingNumber);
}
