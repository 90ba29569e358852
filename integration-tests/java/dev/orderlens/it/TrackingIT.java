package dev.orderlens.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A ticket that mentions a parcel gets the parcel's tracking from the provider, the parcel is
 * stored for carrier scoring, and the providers' pushes keep it up to date; on Payara Micro against
 * MariaDB, with AfterShip and 17TRACK played by WireMock.
 */
@ExtendWith(ArquillianExtension.class)
class TrackingIT {

  private static final String AFTERSHIP_TRACKINGS = "/aftership/tracking/2026-07/trackings";

  private static WireMockServer providers;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.orderlens();
  }

  @BeforeAll
  static void startProviders() {
    providers = new WireMockServer(Integer.getInteger("it.wiremock.port"));
    providers.start();
    providers.stubFor(
        post(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .willReturn(okJson("{\"data\":{\"orders\":{\"nodes\":[]}}}")));
    providers.stubFor(
        post(urlEqualTo("/17track/track/v2.2/gettrackinfo"))
            .willReturn(okJson("{\"code\":0,\"data\":{\"accepted\":[],\"rejected\":[]}}")));
  }

  @AfterAll
  static void stopProviders() {
    providers.stop();
  }

  private Http http() {
    return new Http(base);
  }

  @Test
  void ticketMentioningAUpsNumberGetsItsTrackingFromAfterShipAndTheShipmentIsStored()
      throws Exception {
    String number = TrackingSamples.uniqueUpsNumber();
    stubAfterShipKnows(number);

    JsonObject shipment = askAbout(number);

    assertEquals(number, shipment.getString("trackingNumber"));
    assertEquals("ups", shipment.getString("carrier"));
    assertEquals("ATTEMPT_FAIL", shipment.getString("status"));
    assertEquals("AttemptFail_002", shipment.getString("subStatus"));
    assertTrue(
        shipment.getString("lastEvent").contains("The receiver was not available"),
        shipment.toString());
    assertEquals("2026-11-27", shipment.getString("eta"));
    Map<String, Object> stored = storedShipment(number);
    assertEquals("ups", stored.get("carrier"));
    assertEquals("ATTEMPT_FAIL", stored.get("status"));
    assertEquals("AttemptFail_002", stored.get("sub_status"));
    assertNotNull(stored.get("first_attempt_at"));
    assertEquals(2L, storedEvents(number));
  }

  @Test
  void afterShipPushWithAGoodSignatureUpdatesTheStoredShipment() throws Exception {
    String number = TrackingSamples.uniqueUpsNumber();
    stubAfterShipKnows(number);
    askAbout(number);
    String body = TrackingSamples.afterShipDeliveredPush(number);

    HttpResponse<String> response =
        push(
            "aftership",
            body,
            "aftership-hmac-sha256",
            TrackingSamples.hmacBase64("it-aftership-webhook-secret", body));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(1, Http.json(response).getInt("shipments"));
    Map<String, Object> stored = storedShipment(number);
    assertEquals("DELIVERED", stored.get("status"));
    assertNotNull(stored.get("delivered_at"));
    assertEquals(3L, storedEvents(number), "the two known events are not stored twice");
  }

  @Test
  void afterShipPushWithABadSignatureIsRefusedAsAProblem() {
    String body = TrackingSamples.afterShipDeliveredPush(TrackingSamples.uniqueUpsNumber());

    HttpResponse<String> response =
        push(
            "aftership",
            body,
            "aftership-hmac-sha256",
            TrackingSamples.hmacBase64("not-the-secret", body));

    assertEquals(401, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
        response.headers().toString());
    assertEquals(401, Http.json(response).getInt("status"));
  }

  @Test
  void seventeenTrackPushSignedWithTheKeyStoresTheParcel() throws Exception {
    String number =
        "LX" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + "DE";
    String body = TrackingSamples.seventeenTrackDeliveredPush(number);

    HttpResponse<String> response =
        push("17track", body, "sign", TrackingSamples.sha256Hex(body + "/it-17track-key"));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("DELIVERED", storedShipment(number).get("status"));
  }

  @Test
  void providerWithoutPushesIsNotFound() {
    HttpResponse<String> response = push("dhl", "{}", "X-Orderlens-Dhl-Token", "guess");

    assertEquals(404, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
  }

  @Test
  void trackingNumberLookupAnswersTheCarrierCandidates() {
    HttpResponse<String> ups = http().get(app("api/v1/tracking-numbers/1Z5R89390357567127"));
    HttpResponse<String> unknown = http().get(app("api/v1/tracking-numbers/HELLO"));
    HttpResponse<String> tooLong = http().get(app("api/v1/tracking-numbers/" + "9".repeat(65)));

    assertEquals(200, ups.statusCode(), ups.body());
    JsonObject first = array(ups).getJsonObject(0);
    assertEquals("ups", first.getString("carrierCode"));
    assertTrue(first.getBoolean("checksumValid"));
    assertEquals(0, array(unknown).size());
    assertEquals(400, tooLong.statusCode());
    assertTrue(tooLong.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
  }

  private URI app(String path) {
    String root = base.toString();
    return URI.create(root.endsWith("/") ? root : root + "/").resolve(path);
  }

  private HttpResponse<String> push(String provider, String body, String header, String value) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(app("api/v1/tracking/webhooks/" + provider))
                  .header("Content-Type", "application/json")
                  .header(header, value)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonObject askAbout(String number) {
    HttpResponse<String> response =
        http()
            .signedWebhook(
                Samples.ticket(
                    UUID.randomUUID().toString(),
                    "T-TRACK",
                    "Where is my parcel?",
                    "My tracking number is " + number + " and nobody rang the bell.",
                    Samples.uniqueEmail()));
    assertEquals(200, response.statusCode(), response.body());
    JsonArray shipments = Http.json(response).getJsonArray("shipments");
    return shipments.stream()
        .map(JsonObject.class::cast)
        .filter(s -> number.equals(s.getString("trackingNumber")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no shipment for " + number + ": " + shipments));
  }

  private static void stubAfterShipKnows(String number) {
    providers.stubFor(
        get(urlPathEqualTo(AFTERSHIP_TRACKINGS))
            .withQueryParam("tracking_numbers", equalTo(number))
            .withHeader("as-api-key", equalTo("it-aftership-key"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(TrackingSamples.afterShipAttemptFailed(number))));
  }

  private static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static Connection db() throws Exception {
    return DriverManager.getConnection(
        System.getenv("ORDERLENS_DB_URL"),
        System.getenv("ORDERLENS_DB_USER"),
        System.getenv("ORDERLENS_DB_PASSWORD"));
  }

  private static Map<String, Object> storedShipment(String number) throws Exception {
    try (Connection c = db();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT carrier, status, sub_status, first_attempt_at, delivered_at"
                    + " FROM shipment WHERE tracking_number = ?")) {
      s.setString(1, number);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), "no stored shipment " + number);
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
        }
        return row;
      }
    }
  }

  private static long storedEvents(String number) throws Exception {
    try (Connection c = db();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM shipment_event e JOIN shipment s ON s.id = e.shipment_id"
                    + " WHERE s.tracking_number = ?")) {
      s.setString(1, number);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
