package dev.orderlens.writeback.infrastructure.gorgias;

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

class GorgiasGatewayTest {

  private static final String REF = WriteBackDecision.reference(update(null));
  private static final String HTML =
      "<!-- orderlens --><p><strong>Orderlens:</strong> order context</p><p>Order #1001.</p>"
          + "<p><small>Orderlens ref "
          + REF
          + "</small></p>";
  private static final String TEXT =
      "Orderlens: order context\\nOrder #1001.\\nOrderlens ref " + REF;

  private WireMockServer gorgias;
  private GorgiasGateway gateway;

  @BeforeEach
  void start() {
    gorgias = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    gorgias.start();
    gateway =
        new GorgiasGateway(
            new GorgiasApiConfig(
                URI.create(gorgias.baseUrl()),
                "orderlens@myshop.example",
                "gg-key",
                Map.of("orderlens_order_number", 4242L)),
            Stubs.CLOCK);
    gorgias.stubFor(post(urlEqualTo("/api/tickets/24113/tags")).willReturn(status(201)));
    gorgias.stubFor(post(urlEqualTo("/api/tickets/24113/custom-fields")).willReturn(status(200)));
    gorgias.stubFor(put(urlEqualTo("/api/tickets/24113")).willReturn(json("{\"id\":24113}")));
    gorgias.stubFor(
        post(urlEqualTo("/api/tickets/24113/messages")).willReturn(json("{\"id\":97010}")));
  }

  @AfterEach
  void stop() {
    gorgias.stop();
  }

  private static TicketUpdate update(String existingNoteId) {
    return new TicketUpdate(
        "24113",
        List.of("orderlens", "refund_pending"),
        "Order #1001.",
        "<p>Order #1001.</p>",
        existingNoteId,
        Map.of("orderlens_order_number", "1001", "orderlens_unmapped", "x"),
        "URGENT");
  }

  @Test
  void addsTagsByNameFieldsByIdAndThePriority() {
    gateway.apply(update(null));

    gorgias.verify(
        postRequestedFor(urlEqualTo("/api/tickets/24113/tags"))
            // printf '%s' 'orderlens@myshop.example:gg-key' | base64
            .withHeader(
                "Authorization", equalTo("Basic b3JkZXJsZW5zQG15c2hvcC5leGFtcGxlOmdnLWtleQ=="))
            .withRequestBody(equalToJson("{\"names\":[\"orderlens\",\"refund_pending\"]}")));
    gorgias.verify(
        postRequestedFor(urlEqualTo("/api/tickets/24113/custom-fields"))
            .withRequestBody(equalToJson("[{\"id\":4242,\"value\":\"1001\"}]")));
    gorgias.verify(
        putRequestedFor(urlEqualTo("/api/tickets/24113"))
            .withRequestBody(equalToJson("{\"priority\":\"critical\"}")));
  }

  @Test
  void writesAnInternalNoteSentByTheApiUser() {
    assertEquals("97010", gateway.apply(update(null)).noteId());

    gorgias.verify(
        postRequestedFor(urlEqualTo("/api/tickets/24113/messages"))
            .withRequestBody(
                equalToJson(
                    "{\"body_html\":\""
                        + HTML
                        + "\",\"body_text\":\""
                        + TEXT
                        + "\",\"channel\":\"internal-note\",\"via\":\"api\",\"from_agent\":true,"
                        + "\"public\":false,\"sender\":{\"email\":\"orderlens@myshop.example\"}}")));
  }

  @Test
  void editsTheEarlierNoteInPlaceAndRewritesADeletedOne() {
    gorgias.stubFor(
        put(urlEqualTo("/api/tickets/24113/messages/97010")).willReturn(json("{\"id\":97010}")));
    assertEquals("97010", gateway.apply(update("97010")).noteId());
    gorgias.verify(
        putRequestedFor(urlEqualTo("/api/tickets/24113/messages/97010"))
            .withRequestBody(
                equalToJson("{\"body_html\":\"" + HTML + "\",\"body_text\":\"" + TEXT + "\"}")));
    gorgias.verify(0, postRequestedFor(urlEqualTo("/api/tickets/24113/messages")));

    gorgias.stubFor(put(urlEqualTo("/api/tickets/24113/messages/97010")).willReturn(status(404)));
    assertEquals("97010", gateway.apply(update("97010")).noteId());
    gorgias.verify(1, postRequestedFor(urlEqualTo("/api/tickets/24113/messages")));
  }

  @Test
  void tooManyRequestsCarriesRetryAfter() {
    gorgias.stubFor(
        post(urlEqualTo("/api/tickets/24113/tags"))
            .willReturn(status(429).withHeader("Retry-After", "20")));

    var e = assertThrows(HelpdeskRateLimitedException.class, () -> gateway.apply(update(null)));
    assertEquals(Duration.ofSeconds(20), e.retryAfter());
  }

  @Test
  void serverErrorIsUnavailableAndUnknownTicketIsRejected() {
    gorgias.stubFor(post(urlEqualTo("/api/tickets/24113/messages")).willReturn(status(503)));
    assertThrows(HelpdeskUnavailableException.class, () -> gateway.apply(update(null)));

    gorgias.stubFor(post(urlEqualTo("/api/tickets/24113/tags")).willReturn(status(404)));
    assertThrows(HelpdeskRejectedException.class, () -> gateway.apply(update(null)));
  }

  @Test
  void tellsWhetherTheTicketAlreadyCarriesTheNoteOfAnUpdate() {
    gorgias.stubFor(
        get(urlEqualTo("/api/tickets/24113/messages"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                    """
                    {"data":[{"id":97010,"channel":"internal-note","public":false,"body_text":"Orderlens ref %s","body_html":"<p>Orderlens ref %s</p>"}],"meta":{}}
                    """
                        .formatted("0123456789abcdef", "0123456789abcdef"))));

    assertTrue(gateway.carries("24113", "0123456789abcdef"));
    assertFalse(gateway.carries("24113", "fedcba9876543210"));
  }
}
