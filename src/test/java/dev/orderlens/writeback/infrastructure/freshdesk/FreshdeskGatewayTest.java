package dev.orderlens.writeback.infrastructure.freshdesk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.orderlens.writeback.infrastructure.Stubs.json;
import static dev.orderlens.writeback.infrastructure.Stubs.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.orderlens.writeback.domain.HelpdeskRateLimitedException;
import dev.orderlens.writeback.domain.HelpdeskRejectedException;
import dev.orderlens.writeback.domain.HelpdeskUnavailableException;
import dev.orderlens.writeback.domain.TicketUpdate;
import dev.orderlens.writeback.domain.WriteBackDecision;
import dev.orderlens.writeback.infrastructure.Stubs;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FreshdeskGatewayTest {

  private static final String NOTE_HTML =
      "<!-- orderlens --><p><strong>Orderlens:</strong> order context</p><p>Order #1001.</p>"
          + "<p><small>Orderlens ref "
          + WriteBackDecision.reference(update(null))
          + "</small></p>";

  private WireMockServer freshdesk;
  private FreshdeskGateway gateway;

  @BeforeEach
  void start() {
    freshdesk = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    freshdesk.start();
    gateway =
        new FreshdeskGateway(
            new FreshdeskApiConfig(
                URI.create(freshdesk.baseUrl()),
                "fd-key",
                Map.of("orderlens_order_number", "cf_order_number")),
            Stubs.CLOCK);
    freshdesk.stubFor(
        get(urlEqualTo("/api/v2/tickets/1042"))
            .willReturn(
                json("{\"id\":1042,\"tags\":[\"exchange\",\"orderlens\"],\"priority\":1}")));
    freshdesk.stubFor(put(urlEqualTo("/api/v2/tickets/1042")).willReturn(json("{\"id\":1042}")));
  }

  @AfterEach
  void stop() {
    freshdesk.stop();
  }

  private static TicketUpdate update(String existingNoteId) {
    return new TicketUpdate(
        "1042",
        List.of("orderlens", "order_shipped"),
        "Order #1001.",
        "<p>Order #1001.</p>",
        existingNoteId,
        Map.of("orderlens_order_number", "1001", "orderlens_unmapped", "x"),
        "URGENT");
  }

  @Test
  void mergesTagsWithTheTicketsOwnAndSetsFieldsAndPriority() {
    freshdesk.stubFor(
        post(urlEqualTo("/api/v2/tickets/1042/notes")).willReturn(json("{\"id\":501}")));

    gateway.apply(update(null));

    freshdesk.verify(
        putRequestedFor(urlEqualTo("/api/v2/tickets/1042"))
            // printf '%s' 'fd-key:X' | base64
            .withHeader("Authorization", equalTo("Basic ZmQta2V5Olg="))
            .withRequestBody(
                equalToJson(
                    """
                    {"tags":["exchange","orderlens","order_shipped"],
                     "custom_fields":{"cf_order_number":"1001"},
                     "priority":4}
                    """)));
  }

  @Test
  void addsAPrivateHtmlNoteTheFirstTime() {
    freshdesk.stubFor(
        post(urlEqualTo("/api/v2/tickets/1042/notes")).willReturn(json("{\"id\":501}")));

    assertEquals("501", gateway.apply(update(null)).noteId());

    freshdesk.verify(
        postRequestedFor(urlEqualTo("/api/v2/tickets/1042/notes"))
            .withRequestBody(
                equalToJson(
                    "{\"body\":\"" + NOTE_HTML.replace("\"", "\\\"") + "\",\"private\":true}")));
  }

  @Test
  void updatesTheEarlierNoteInPlace() {
    freshdesk.stubFor(put(urlEqualTo("/api/v2/notes/501")).willReturn(json("{\"id\":501}")));

    assertEquals("501", gateway.apply(update("501")).noteId());

    freshdesk.verify(
        putRequestedFor(urlEqualTo("/api/v2/notes/501"))
            .withRequestBody(equalToJson("{\"body\":\"" + NOTE_HTML + "\"}")));
    freshdesk.verify(0, postRequestedFor(urlEqualTo("/api/v2/tickets/1042/notes")));
  }

  @Test
  void anEarlierNoteTheAgentDeletedIsWrittenAgain() {
    freshdesk.stubFor(put(urlEqualTo("/api/v2/notes/501")).willReturn(status(404)));
    freshdesk.stubFor(
        post(urlEqualTo("/api/v2/tickets/1042/notes")).willReturn(json("{\"id\":502}")));

    assertEquals("502", gateway.apply(update("501")).noteId());
  }

  @Test
  void tooManyRequestsCarriesRetryAfter() {
    freshdesk.stubFor(
        get(urlEqualTo("/api/v2/tickets/1042"))
            .willReturn(status(429).withHeader("Retry-After", "30")));

    var e = assertThrows(HelpdeskRateLimitedException.class, () -> gateway.apply(update(null)));
    assertEquals(Duration.ofSeconds(30), e.retryAfter());
  }

  @Test
  void serverErrorIsUnavailableAndUnauthorizedIsRejected() {
    freshdesk.stubFor(put(urlEqualTo("/api/v2/tickets/1042")).willReturn(status(503)));
    assertThrows(HelpdeskUnavailableException.class, () -> gateway.apply(update(null)));

    freshdesk.stubFor(get(urlEqualTo("/api/v2/tickets/1042")).willReturn(status(401)));
    assertThrows(HelpdeskRejectedException.class, () -> gateway.apply(update(null)));
  }

  @Test
  void tellsWhetherTheTicketAlreadyCarriesTheNoteOfAnUpdate() {
    freshdesk.stubFor(
        get(urlEqualTo("/api/v2/tickets/1042/conversations?per_page=100"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                    """
                    [{"id":501,"private":true,"incoming":false,"body":"<div><p>Orderlens ref %s</p></div>","body_text":"Orderlens ref %s"}]
                    """
                        .formatted("0123456789abcdef", "0123456789abcdef"))));

    assertTrue(gateway.carries("1042", "0123456789abcdef"));
    assertFalse(gateway.carries("1042", "fedcba9876543210"));
  }
}
