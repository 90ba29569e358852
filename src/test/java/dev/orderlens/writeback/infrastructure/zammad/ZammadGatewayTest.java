package dev.orderlens.writeback.infrastructure.zammad;

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
import static org.junit.jupiter.api.Assertions.assertNull;
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

class ZammadGatewayTest {

  private static final TicketUpdate UPDATE =
      new TicketUpdate(
          "8",
          List.of("orderlens", "order_shipped"),
          "Order #1001.",
          "<p>Order #1001.</p>",
          "18",
          Map.of("orderlens_order_number", "1001", "orderlens_unmapped", "x"),
          "HIGH");

  private WireMockServer zammad;
  private ZammadGateway gateway;

  @BeforeEach
  void start() {
    zammad = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    zammad.start();
    gateway =
        new ZammadGateway(
            new ZammadApiConfig(
                URI.create(zammad.baseUrl()),
                "zm-token",
                Map.of("orderlens_order_number", "order_number"),
                null),
            Stubs.CLOCK);
    zammad.stubFor(post(urlEqualTo("/api/v1/tags/add")).willReturn(status(201).withBody("true")));
    zammad.stubFor(put(urlEqualTo("/api/v1/tickets/8")).willReturn(json("{\"id\":8}")));
    zammad.stubFor(post(urlEqualTo("/api/v1/ticket_articles")).willReturn(json("{\"id\":19}")));
  }

  @AfterEach
  void stop() {
    zammad.stop();
  }

  @Test
  void addsEachTagWithoutTouchingTheTicketsOwn() {
    gateway.apply(UPDATE);

    zammad.verify(
        postRequestedFor(urlEqualTo("/api/v1/tags/add"))
            .withHeader("Authorization", equalTo("Token token=zm-token"))
            .withRequestBody(
                equalToJson("{\"item\":\"orderlens\",\"object\":\"Ticket\",\"o_id\":8}")));
    zammad.verify(
        postRequestedFor(urlEqualTo("/api/v1/tags/add"))
            .withRequestBody(
                equalToJson("{\"item\":\"order_shipped\",\"object\":\"Ticket\",\"o_id\":8}")));
  }

  @Test
  void setsMappedAttributesAndThePriorityByName() {
    gateway.apply(UPDATE);

    zammad.verify(
        putRequestedFor(urlEqualTo("/api/v1/tickets/8"))
            .withRequestBody(equalToJson("{\"order_number\":\"1001\",\"priority\":\"3 high\"}")));
  }

  @Test
  void writesTheNoteAsANewInternalHtmlArticleWithoutKeepingItsIdBecauseZammadCannotEditBodies() {
    assertNull(gateway.apply(UPDATE).noteId());

    zammad.verify(
        postRequestedFor(urlEqualTo("/api/v1/ticket_articles"))
            .withRequestBody(
                equalToJson(
                    """
                    {"ticket_id":8,"subject":"Orderlens",
                     "body":"<!-- orderlens --><p><strong>Orderlens:</strong> order context</p><p>Order #1001.</p><p><small>Orderlens ref %s</small></p>",
                     "content_type":"text/html","type":"note","internal":true}
                    """
                        .formatted(WriteBackDecision.reference(UPDATE)))));
  }

  @Test
  void nothingToChangeOnTheTicketSendsNoTicketUpdate() {
    gateway.apply(new TicketUpdate("8", List.of(), null, null, "18", Map.of(), null));

    zammad.verify(0, putRequestedFor(urlEqualTo("/api/v1/tickets/8")));
    zammad.verify(0, postRequestedFor(urlEqualTo("/api/v1/ticket_articles")));
  }

  @Test
  void tooManyRequestsCarriesRetryAfter() {
    zammad.stubFor(
        post(urlEqualTo("/api/v1/tags/add"))
            .willReturn(status(429).withHeader("Retry-After", "12")));

    var e = assertThrows(HelpdeskRateLimitedException.class, () -> gateway.apply(UPDATE));
    assertEquals(Duration.ofSeconds(12), e.retryAfter());
  }

  @Test
  void serverErrorIsUnavailableAndForbiddenOrUnknownIsRejected() {
    zammad.stubFor(put(urlEqualTo("/api/v1/tickets/8")).willReturn(status(502)));
    assertThrows(HelpdeskUnavailableException.class, () -> gateway.apply(UPDATE));

    zammad.stubFor(post(urlEqualTo("/api/v1/tags/add")).willReturn(status(403)));
    assertThrows(HelpdeskRejectedException.class, () -> gateway.apply(UPDATE));

    zammad.stubFor(post(urlEqualTo("/api/v1/tags/add")).willReturn(status(404)));
    assertThrows(HelpdeskRejectedException.class, () -> gateway.apply(UPDATE));
  }

  @Test
  void tellsWhetherTheTicketAlreadyCarriesTheNoteOfAnUpdate() {
    zammad.stubFor(
        get(urlEqualTo("/api/v1/ticket_articles/by_ticket/8"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                    """
                    [{"id":19,"ticket_id":8,"type":"note","internal":true,"content_type":"text/html","body":"<p>Orderlens: order context</p><p><small>Orderlens ref %s</small></p>"}]
                    """
                        .formatted("0123456789abcdef"))));

    assertTrue(gateway.carries("8", "0123456789abcdef"));
    assertFalse(gateway.carries("8", "fedcba9876543210"));
  }
}
