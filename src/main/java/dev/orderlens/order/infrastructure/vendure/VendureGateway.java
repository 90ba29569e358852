package dev.orderlens.order.infrastructure.vendure;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;
import static dev.orderlens.platform.Jsons.JSON;

import dev.orderlens.order.infrastructure.StoreConfig;
import dev.orderlens.platform.rest.RestClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Sends GraphQL queries to a store's Vendure Admin API as a logged-in administrator. The session
 * token is kept per store and renewed when Vendure no longer accepts it (HTTP 401/403 or a GraphQL
 * {@code FORBIDDEN}), so a restart of the shop or an expired session costs one extra login, not an
 * outage. Fault tolerance as for Shopify: 2 s per attempt, one jittered retry, a circuit breaker.
 */
@ApplicationScoped
public class VendureGateway {
  static final String TOKEN_HEADER = "vendure-auth-token";
  private static final String LOGIN =
      "mutation Login($username: String!, $password: String!) {"
          + " login(username: $username, password: $password, rememberMe: false) {"
          + " __typename ... on ErrorResult { errorCode message } } }";

  private final RestClients.PerKey<VendureAdminApi> clients = new RestClients.PerKey<>();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  @Retry(abortOn = {VendureQueryException.class, IllegalArgumentException.class})
  @CircuitBreaker
  public JsonObject query(StoreConfig store, JsonObject request) {
    JsonObject response =
        send(store, tokens.computeIfAbsent(store.name(), n -> login(store)), request);
    if (response == null || forbidden(response)) {
      tokens.remove(store.name());
      response = send(store, tokens.computeIfAbsent(store.name(), n -> login(store)), request);
    }
    if (response == null || forbidden(response)) {
      throw new VendureQueryException(store.name(), "the administrator may not read orders");
    }
    if (!array(response, "errors").isEmpty() && object(response, "data") == null) {
      throw new VendureQueryException(store.name(), firstError(response));
    }
    return response;
  }

  private String login(StoreConfig store) {
    VendureCredentials credentials = VendureCredentials.of(store.name(), store.token());
    JsonObject request =
        JSON.createObjectBuilder()
            .add("query", LOGIN)
            .add(
                "variables",
                JSON.createObjectBuilder()
                    .add("username", credentials.username())
                    .add("password", credentials.password()))
            .build();
    try (Response response = client(store).query(null, request)) {
      JsonObject login = object(object(response.readEntity(JsonObject.class), "data"), "login");
      String token = response.getHeaderString(TOKEN_HEADER);
      if (login == null || text(login, "errorCode") != null) {
        throw new VendureQueryException(store.name(), "login: " + text(login, "errorCode"));
      }
      if (token == null) {
        throw new VendureQueryException(
            store.name(), "no " + TOKEN_HEADER + " header: enable authOptions.tokenMethod bearer");
      }
      return token;
    }
  }

  /** The answer, or null when Vendure refused the token with HTTP 401 or 403. */
  private JsonObject send(StoreConfig store, String token, JsonObject request) {
    try (Response response = client(store).query("Bearer " + token, request)) {
      return response.readEntity(JsonObject.class);
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 401 || status == 403) {
        return null;
      }
      throw e;
    }
  }

  private static boolean forbidden(JsonObject response) {
    return array(response, "errors").stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(e -> "FORBIDDEN".equals(text(object(e, "extensions"), "code")));
  }

  private static String firstError(JsonObject response) {
    return text(array(response, "errors").getJsonObject(0), "message");
  }

  private VendureAdminApi client(StoreConfig store) {
    return clients.get(
        store.name(),
        name ->
            RestClients.builder(RestClients.Kind.SHOP, store.name(), store.baseUrl())
                .build(VendureAdminApi.class));
  }
}
