package dev.orderlens.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.orderlens.platform.security.WebhookSignature;
import java.util.List;

/**
 * WireMock on {@code it.wiremock.port} playing a carrier's report endpoint (and an empty Shopify,
 * so enrichment finds only imported orders): an endpoint that is down once (503) and then accepts.
 */
final class CarrierEndpointStub {
  private final WireMockServer wiremock;

  CarrierEndpointStub() {
    wiremock = new WireMockServer(Integer.getInteger("it.wiremock.port"));
    wiremock.start();
    ShopStubs.noOrders(wiremock);
    wiremock.stubFor(
        post(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"data\":{\"orders\":{\"nodes\":[]}}}")));
  }

  void stop() {
    wiremock.stop();
  }

  /** AfterShip (on the same WireMock) answers for this parcel with {@code body}. */
  void afterShipAnswers(String trackingNumber, String body) {
    wiremock.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                    "/aftership/tracking/2026-07/trackings"))
            .withQueryParam(
                "tracking_numbers",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(trackingNumber))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  /** The URL of a new endpoint at {@code path} that answers 503 once, then 202. */
  String failingOnceAt(String path) {
    wiremock.stubFor(
        post(urlEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    wiremock.stubFor(
        post(urlEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs("up")
            .willReturn(aResponse().withStatus(202)));
    return "http://127.0.0.1:" + wiremock.port() + path;
  }

  /** Waits for {@code count} requests, then a few seconds more so a duplicate would show. */
  List<LoggedRequest> received(String path, int count) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 40_000;
    while (wiremock.findAll(postRequestedFor(urlEqualTo(path))).size() < count) {
      assertTrue(System.currentTimeMillis() < deadline, "report not pushed in time to " + path);
      Thread.sleep(250);
    }
    Thread.sleep(3_000); // the outbox polls every second: a duplicate would be here by now
    return wiremock.findAll(postRequestedFor(urlEqualTo(path)));
  }

  /** Every request carries a fresh timestamp and the HMAC the carrier recomputes. */
  static void assertSigned(List<LoggedRequest> requests, String secret) {
    for (LoggedRequest r : requests) {
      long ts = Long.parseLong(r.getHeader("X-Orderlens-Timestamp"));
      assertEquals(
          WebhookSignature.header(secret, ts, r.getBody()), r.getHeader("X-Orderlens-Signature"));
      assertTrue(Math.abs(TestClock.now().getEpochSecond() - ts) < 300);
    }
  }
}
