package dev.orderlens.tracking.infrastructure.dhl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.detection.CarrierDetector;
import dev.orderlens.tracking.infrastructure.Payloads;
import dev.orderlens.tracking.infrastructure.TrackingProviderException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DhlTrackingSourceTest {

  private static final String NUMBER = "00340434521847539619";

  private WireMockServer dhl;

  @BeforeEach
  void start() {
    dhl = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    dhl.start();
  }

  @AfterEach
  void stop() {
    dhl.stop();
  }

  private DhlTrackingSource source(String key) {
    return new DhlTrackingSource(
        new DhlGateway(dhl.baseUrl(), Optional.ofNullable(key)), new CarrierDetector());
  }

  @Test
  void dhlParcelIsAskedWithTheApiKeyAndBecomesAReport() {
    dhl.stubFor(
        get(urlPathEqualTo("/track/shipments"))
            .willReturn(okJson(Payloads.load("dhl/shipments-parcel-de.json").toString())));

    TrackingReport report = source("dhl-key").track(NUMBER, "DHL Paket").orElseThrow();

    assertEquals(TrackingStatus.ATTEMPT_FAIL, report.status());
    dhl.verify(
        getRequestedFor(urlEqualTo("/track/shipments?trackingNumber=" + NUMBER))
            .withHeader("DHL-API-Key", equalTo("dhl-key")));
  }

  @Test
  void numberDhlDoesNotKnowIsNotFound() {
    dhl.stubFor(get(urlPathEqualTo("/track/shipments")).willReturn(aResponse().withStatus(404)));

    assertTrue(source("dhl-key").track(NUMBER, null).isEmpty());
  }

  @Test
  void anotherCarriersParcelIsNotAskedOfDhl() {
    assertTrue(source("dhl-key").track("1Z5R89390357567127", "UPS").isEmpty());

    dhl.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void upsNumberWithoutAHintIsNotAskedOfDhl() {
    assertTrue(source("dhl-key").track("1Z5R89390357567127", null).isEmpty());

    dhl.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void withoutAnApiKeyDhlIsNeverCalled() {
    assertTrue(source(null).track(NUMBER, "dhl").isEmpty());

    dhl.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void dhlOutageIsAnErrorForTheCallerToAbsorb() {
    dhl.stubFor(get(urlPathEqualTo("/track/shipments")).willReturn(aResponse().withStatus(500)));

    assertThrows(TrackingProviderException.class, () -> source("dhl-key").track(NUMBER, null));
  }
}
