package dev.orderlens.tracking.infrastructure.seventeentrack;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.infrastructure.Payloads;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeventeenTrackSourceTest {

  private static final String GET_TRACK_INFO = "/track/v2.2/gettrackinfo";
  private static final String REGISTER = "/track/v2.2/register";

  private WireMockServer api;

  @BeforeEach
  void start() {
    api = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    api.start();
  }

  @AfterEach
  void stop() {
    api.stop();
  }

  private SeventeenTrackSource source(String token) {
    return new SeventeenTrackSource(
        new SeventeenTrackGateway(api.baseUrl(), Optional.ofNullable(token), "v2.2"));
  }

  @Test
  void registeredNumberIsAskedWithTheTokenAndBecomesAReport() {
    api.stubFor(
        post(urlEqualTo(GET_TRACK_INFO))
            .willReturn(
                okJson(
                    Payloads.load("seventeentrack/gettrackinfo-delivery-failure.json")
                        .toString())));

    TrackingReport report = source("17-key").track("RB123456785GB", null).orElseThrow();

    assertEquals(TrackingStatus.ATTEMPT_FAIL, report.status());
    api.verify(
        postRequestedFor(urlEqualTo(GET_TRACK_INFO))
            .withHeader("17token", equalTo("17-key"))
            .withRequestBody(equalToJson("[{\"number\":\"RB123456785GB\"}]")));
    api.verify(0, postRequestedFor(urlEqualTo(REGISTER)));
  }

  @Test
  void unregisteredNumberIsRegisteredAndUnknownForNow() {
    api.stubFor(
        post(urlEqualTo(GET_TRACK_INFO))
            .willReturn(
                okJson(
                    "{\"code\":0,\"data\":{\"accepted\":[],\"rejected\":[{\"number\":\"LX123\","
                        + "\"error\":{\"code\":-18019902,\"message\":\"not registered\"}}]}}")));
    api.stubFor(post(urlEqualTo(REGISTER)).willReturn(okJson("{\"code\":0,\"data\":{}}")));

    assertTrue(source("17-key").track("LX123", null).isEmpty());

    api.verify(
        postRequestedFor(urlEqualTo(REGISTER))
            .withRequestBody(equalToJson("[{\"number\":\"LX123\"}]")));
  }

  @Test
  void numberWithoutNewsYetIsNotRegisteredAgain() {
    api.stubFor(
        post(urlEqualTo(GET_TRACK_INFO))
            .willReturn(
                okJson(
                    Payloads.load("seventeentrack/gettrackinfo-delivery-failure.json")
                        .toString())));

    assertTrue(source("17-key").track("INVALID123", null).isEmpty());

    api.verify(0, postRequestedFor(urlEqualTo(REGISTER)));
  }

  @Test
  void withoutATokenSeventeenTrackIsNeverCalled() {
    assertTrue(source(null).track("RB123456785GB", null).isEmpty());

    api.verify(0, anyRequestedFor(anyUrl()));
  }
}
