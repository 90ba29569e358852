package dev.orderlens.writeback.infrastructure.zendesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZendeskGatewayTest {

  private static final String PATH = "/api/v2/tickets/35436.json";
  private static final TicketUpdate UPDATE =
      new TicketUpdate(
          "35436",
          List.of("orderlens", "order_shipped"),
          "Order #1001: shipped.",
          "<p>Order #1001: shipped.</p>",
          null,
          Map.of("orderlens_order_number", "1001", "orderlens_unmapped", "x"),
          "HIGH");

  private WireMockServer zendesk;
  private ZendeskGateway gateway;

  @BeforeEach
  void start() {
    zendesk = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    zendesk.start();
    gateway =
        new ZendeskGateway(
            new ZendeskApiConfig(
                URI.create(zendesk.baseUrl()),
                "orderlens@shop.example",
                "tok123",
                Map.of("orderlens_order_number", 360001234L)),
            Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    zendesk.stop();
  }

  @Test
  void addsTagsAPrivateHtmlCommentMappedFieldsAndPriorityInOneUpdate() {
    zendesk.stubFor(
        put(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"ticket":{"id":35436,"tags":["vip","orderlens","order_shipped"]},
                         "audit":{"id":9001,"events":[
                           {"id":9002,"type":"Change","field_name":"tags"},
                           {"id":9003,"type":"Comment","public":false}]}}
                        """)));

    String noteId = gateway.apply(UPDATE).noteId();

    assertEquals("9003", noteId);
    zendesk.verify(
        putRequestedFor(urlEqualTo(PATH))
            // printf '%s' 'orderlens@shop.example/token:tok123' | base64
            .withHeader(
                "Authorization", equalTo("Basic b3JkZXJsZW5zQHNob3AuZXhhbXBsZS90b2tlbjp0b2sxMjM="))
            .withRequestBody(
                equalToJson(
                    """
                    {"ticket":{
                      "additional_tags":["orderlens","order_shipped"],
                      "comment":{"html_body":"<!-- orderlens --><p><strong>Orderlens:</strong> order context</p><p>Order #1001: shipped.</p><p><small>Orderlens ref %s</small></p>","public":false},
                      "custom_fields":[{"id":360001234,"value":"1001"}],
                      "priority":"high"}}
                    """
                        .formatted(WriteBackDecision.reference(UPDATE)))));
  }

  @Test
  void withoutANoteOnlyTagsAreSentAndTheEarlierNoteIdIsKept() {
    zendesk.stubFor(
        put(urlEqualTo(PATH))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{}")));

    String noteId =
        gateway
            .apply(new TicketUpdate("35436", List.of("orderlens"), null, null, "77", null, null))
            .noteId();

    assertEquals("77", noteId);
    zendesk.verify(
        putRequestedFor(urlEqualTo(PATH))
            .withRequestBody(equalToJson("{\"ticket\":{\"additional_tags\":[\"orderlens\"]}}")));
  }

  @Test
  void tooManyRequestsCarriesTheRetryAfterSeconds() {
    zendesk.stubFor(
        put(urlEqualTo(PATH))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "93")));

    var e = assertThrows(HelpdeskRateLimitedException.class, () -> gateway.apply(UPDATE));
    assertEquals(Duration.ofSeconds(93), e.retryAfter());
  }

  @Test
  void tooManyRequestsWithAnHttpDateWaitsUntilThen() {
    zendesk.stubFor(
        put(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "Fri, 20 Nov 2026 10:02:00 GMT")));

    var e = assertThrows(HelpdeskRateLimitedException.class, () -> gateway.apply(UPDATE));
    assertEquals(Duration.ofMinutes(2), e.retryAfter());
  }

  @Test
  void serverErrorsAndBrokenConnectionsAreUnavailable() {
    zendesk.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
    assertThrows(HelpdeskUnavailableException.class, () -> gateway.apply(UPDATE));

    zendesk.stop();
    assertThrows(HelpdeskUnavailableException.class, () -> gateway.apply(UPDATE));
  }

  @Test
  void badCredentialsAndUnknownTicketsAreRejected() {
    zendesk.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)));
    assertThrows(HelpdeskRejectedException.class, () -> gateway.apply(UPDATE));

    zendesk.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)));
    assertThrows(HelpdeskRejectedException.class, () -> gateway.apply(UPDATE));
  }

  @Test
  void aRejectionSaysWhatZendeskObjectedTo() {
    zendesk.stubFor(
        put(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"RecordInvalid\",\"description\":\"Record validation errors\"}")));

    var e = assertThrows(HelpdeskRejectedException.class, () -> gateway.apply(UPDATE));
    assertTrue(e.getMessage().contains("HTTP 422"), e.getMessage());
    assertTrue(e.getMessage().contains("RecordInvalid"), e.getMessage());
  }

  @Test
  void tellsWhetherTheTicketAlreadyCarriesTheNoteOfAnUpdate() {
    zendesk.stubFor(
        get(urlEqualTo("/api/v2/tickets/35436/comments.json?sort_order=desc"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                    """
                    {"comments":[{"id":1,"type":"Comment","public":false,"body":"Order #1001","html_body":"<div class=\\"zd-comment\\"><p>Orderlens: order context</p><p>Orderlens ref %s</p></div>"}],"next_page":null,"previous_page":null,"count":1}
                    """
                        .formatted("0123456789abcdef"))));

    assertTrue(gateway.carries("35436", "0123456789abcdef"));
    assertFalse(gateway.carries("35436", "fedcba9876543210"));
  }
}
