package dev.orderlens.order.api;

import dev.orderlens.order.domain.ImportedOrderRepository;
import dev.orderlens.order.domain.Order;
import dev.orderlens.platform.ProblemException;
import dev.orderlens.platform.RequestBodies;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Shops with no supported platform push their orders here (admin login required). */
@Path("/v1/orders")
public class OrderImportResource {

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final int MAX_BYTES = 8 * 1024 * 1024;

  @Inject ImportedOrderRepository orders;

  /** The import body: {@code {"orders": [ ... ]}}. */
  public record ImportRequest(List<ImportedOrderRequest> orders) {}

  /** How many orders were stored (new or replaced). */
  public record ImportResult(int imported) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import or replace orders (upsert by store and number)")
  public ImportResult importOrders(InputStream in) {
    ImportRequest request;
    byte[] body = RequestBodies.readLimited(in, MAX_BYTES);
    RequestBodies.jsonObject(body);
    try {
      request =
          JSONB.fromJson(
              new String(body, java.nio.charset.StandardCharsets.UTF_8), ImportRequest.class);
    } catch (JsonbException e) {
      throw ProblemException.badRequest("The body is not an order import: " + e.getMessage());
    }
    if (request == null || request.orders() == null || request.orders().isEmpty()) {
      throw ProblemException.badRequest("orders must be a non-empty array.");
    }
    List<Order> parsed = new ArrayList<>();
    try {
      for (int i = 0; i < request.orders().size(); i++) {
        parsed.add(request.orders().get(i).toOrder(i));
      }
    } catch (ImportedOrderRequest.InvalidOrderException e) {
      throw ProblemException.badRequest(e.getMessage() + ".");
    }
    parsed.forEach(orders::save);
    return new ImportResult(parsed.size());
  }
}
