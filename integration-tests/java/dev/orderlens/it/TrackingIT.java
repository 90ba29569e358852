package dev.orderlens.it;

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
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
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
  private static final String SECRET = "it-aftership-webhook-secret";

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
    ShopStubs.noOrders(providers);
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

  private TrackingHttp tracking() {
    return new TrackingHttp(base);
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
    assertEquals(TrackingSamples.carrierEta(), shipment.getString("eta"));
    Map<String, Object> stored = StoredShipments.shipment(number);
    assertEquals("ups", stored.get("carrier"));
    assertEquals("ATTEMPT_FAIL", stored.get("status"));
    assertEquals("AttemptFail_002", stored.get("sub_status"));
    assertNotNull(stored.get("first_attempt_at"));
    assertEquals(2L, StoredShipments.events(number));
  }

  @Test
  void afterShipPushWithAGoodSignatureUpdatesTheStoredShipment() throws Exception {
    String number = TrackingSamples.uniqueUpsNumber();
    stubAfterShipKnows(number);
    askAbout(number);
    String body = TrackingSamples.afterShipDeliveredPush(number);

    HttpResponse<String> response = tracking().pushToAfterShip(body, SECRET);

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(1, Http.json(response).getInt("shipments"));
    Map<String, Object> stored = StoredShipments.shipment(number);
    assertEquals("DELIVERED", stored.get("status"));
    assertNotNull(stored.get("delivered_at"));
    assertEquals(3L, StoredShipments.events(number), "the two known events are not stored twice");
  }

  @Test
  void afterShipPushWithABadSignatureOrABadBodyIsRefusedAsAProblem() {
    String body = TrackingSamples.afterShipDeliveredPush(TrackingSamples.uniqueUpsNumber());

    HttpResponse<String> forged = tracking().pushToAfterShip(body, "not-the-secret");
    HttpResponse<String> garbled = tracking().pushToAfterShip("{\"msg\":", SECRET);

    assertEquals(401, forged.statusCode());
    assertEquals(401, Http.json(forged).getInt("status"));
    assertEquals(400, garbled.statusCode());
    for (HttpResponse<String> refused : List.of(forged, garbled)) {
      assertTrue(
          refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
          refused.headers().toString());
    }
  }

  @Test
  void seventeenTrackPushSignedWithTheKeyStoresTheParcel() throws Exception {
    String number =
        "LX" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + "DE";
    String body = TrackingSamples.seventeenTrackDeliveredPush(number);

    HttpResponse<String> response = tracking().pushTo17Track(body, "it-17track-key");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("DELIVERED", StoredShipments.shipment(number).get("status"));
  }

  @Test
  void providerWithoutPushesIsNotFound() {
    HttpResponse<String> response = tracking().push("dhl", "{}", "X-Orderlens-Dhl-Token", "guess");

    assertEquals(404, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
  }

  @Test
  void trackingNumberLookupAnswersTheCarrierCandidates() {
    HttpResponse<String> ups = tracking().lookup("1Z5R89390357567127");
    HttpResponse<String> unknown = tracking().lookup("HELLO");
    HttpResponse<String> tooLong = tracking().lookup("9".repeat(65));

    assertEquals(200, ups.statusCode(), ups.body());
    JsonObject first = array(ups).getJsonObject(0);
    assertEquals("ups", first.getString("carrierCode"));
    assertEquals("VALID", first.getString("checksum"));
    assertEquals(0, array(unknown).size());
    assertEquals(400, tooLong.statusCode());
    assertTrue(tooLong.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
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
            .willReturn(okJson(TrackingSamples.afterShipAttemptFailed(number))));
  }

  private static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }
}
