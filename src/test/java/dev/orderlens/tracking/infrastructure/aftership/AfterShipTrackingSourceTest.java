package dev.orderlens.tracking.infrastructure.aftership;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.infrastructure.Payloads;
import dev.orderlens.tracking.infrastructure.TrackingProviderException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AfterShipTrackingSourceTest {

  private static final String NUMBER = "1Z5R89390357567127";
  private static final String TRACKINGS = "/tracking/2026-07/trackings";

  private WireMockServer aftership;

  @BeforeEach
  void start() {
    aftership = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    aftership.start();
  }

  @AfterEach
  void stop() {
    aftership.stop();
  }

  private AfterShipTrackingSource source(String key) {
    return new AfterShipTrackingSource(
        new AfterShipGateway(aftership.baseUrl(), Optional.ofNullable(key), "2026-07"));
  }

  /** The recorded tracking as the dated API's list answer: {@code data.trackings[]}. */
  private static String listing(JsonObject... trackings) {
    var list = Json.createArrayBuilder();
    for (JsonObject t : trackings) {
      list.add(t);
    }
    return Json.createObjectBuilder()
        .add("meta", Json.createObjectBuilder().add("code", 200))
        .add("data", Json.createObjectBuilder().add("trackings", list))
        .build()
        .toString();
  }

  private static JsonObject recorded() {
    return Payloads.load("aftership/get-tracking-attempt-fail.json")
        .getJsonObject("data")
        .getJsonObject("tracking");
  }

  @Test
  void followedNumberIsReadWithTheApiKeyAndBecomesAReport() {
    aftership.stubFor(get(urlPathEqualTo(TRACKINGS)).willReturn(okJson(listing(recorded()))));

    TrackingReport report = source("as-key").track(NUMBER, "UPS").orElseThrow();

    assertEquals("ups", report.carrier());
    assertEquals(TrackingStatus.ATTEMPT_FAIL, report.status());
    assertEquals("AttemptFail_002", report.subStatus());
    aftership.verify(
        getRequestedFor(urlEqualTo(TRACKINGS + "?tracking_numbers=" + NUMBER))
            .withHeader("as-api-key", equalTo("as-key")));
  }

  @Test
  void numberAfterShipDoesNotFollowYetIsCreatedThere() {
    aftership.stubFor(get(urlPathEqualTo(TRACKINGS)).willReturn(okJson(listing())));
    aftership.stubFor(
        post(urlEqualTo(TRACKINGS))
            .willReturn(
                okJson(
                    "{\"data\":{\"tracking_number\":\""
                        + NUMBER
                        + "\",\"slug\":\"ups\",\"tag\":\"Pending\",\"checkpoints\":[]}}")));

    TrackingReport report = source("as-key").track(NUMBER, null).orElseThrow();

    assertEquals(TrackingStatus.PENDING, report.status());
    aftership.verify(
        postRequestedFor(urlEqualTo(TRACKINGS))
            .withHeader("as-api-key", equalTo("as-key"))
            .withRequestBody(equalToJson("{\"tracking_number\":\"" + NUMBER + "\"}")));
  }

  @Test
  void numberAfterShipRefusesToCreateIsNotKnown() {
    aftership.stubFor(get(urlPathEqualTo(TRACKINGS)).willReturn(aResponse().withStatus(404)));
    aftership.stubFor(post(urlEqualTo(TRACKINGS)).willReturn(aResponse().withStatus(400)));

    assertTrue(source("as-key").track("NOT-A-PARCEL", null).isEmpty());
  }

  @Test
  void withoutAnApiKeyAfterShipIsNeverCalled() {
    assertTrue(source(null).track(NUMBER, "ups").isEmpty());

    aftership.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void afterShipOutageIsAnErrorForTheCallerToAbsorb() {
    aftership.stubFor(get(urlPathEqualTo(TRACKINGS)).willReturn(aResponse().withStatus(503)));

    TrackingProviderException e =
        assertThrows(TrackingProviderException.class, () -> source("as-key").track(NUMBER, null));
    assertEquals(503, e.status());
  }
}
