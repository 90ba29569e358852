package dev.orderlens.writeback.infrastructure.chatwoot;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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

class ChatwootGatewayTest {

  private static final String BASE = "/api/v1/accounts/1/conversations/57";
  private static final TicketUpdate UPDATE =
      new TicketUpdate(
          "57",
          List.of("orderlens", "shipping"),
          "Order #1001 (eu): processing.",
          "<p>Order #1001 (eu): processing.</p>",
          null,
          Map.of("orderlens_order_number", "1001", "orderlens_unmapped", "x"),
          "NORMAL");

  private WireMockServer chatwoot;
  private ChatwootGateway gateway;

  @BeforeEach
  void start() {
    chatwoot = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    chatwoot.start();
    gateway =
        new ChatwootGateway(
            new ChatwootApiConfig(
                URI.create(chatwoot.baseUrl()),
                "1",
                "cw-token",
                Map.of("orderlens_order_number", "order_number")),
            Stubs.CLOCK);
    chatwoot.stubFor(
        get(urlEqualTo(BASE + "/labels")).willReturn(json("{\"payload\":[\"shipping\",\"vip\"]}")));
    chatwoot.stubFor(post(urlEqualTo(BASE + "/labels")).willReturn(json("{\"payload\":[]}")));
    chatwoot.stubFor(post(urlEqualTo(BASE + "/custom_attributes")).willReturn(status(200)));
    chatwoot.stubFor(post(urlEqualTo(BASE + "/toggle_priority")).willReturn(json("{}")));
    chatwoot.stubFor(post(urlEqualTo(BASE + "/messages")).willReturn(json("{\"id\":9400}")));
  }

  @AfterEach
  void stop() {
    chatwoot.stop();
  }

  @Test
  void mergesLabelsWithTheConversationsOwn() {
    gateway.apply(UPDATE);

    chatwoot.verify(
        postRequestedFor(urlEqualTo(BASE + "/labels"))
            .withHeader("api_access_token", equalTo("cw-token"))
            .withRequestBody(equalToJson("{\"labels\":[\"shipping\",\"vip\",\"orderlens\"]}")));
  }

  @Test
  void setsMappedCustomAttributesAndThePriority() {
    gateway.apply(UPDATE);

    chatwoot.verify(
        postRequestedFor(urlEqualTo(BASE + "/custom_attributes"))
            .withRequestBody(equalToJson("{\"custom_attributes\":{\"order_number\":\"1001\"}}")));
    chatwoot.verify(
        postRequestedFor(urlEqualTo(BASE + "/toggle_priority"))
            .withRequestBody(equalToJson("{\"priority\":\"medium\"}")));
  }

  @Test
  void writesThePrivateNoteAsMarkedText() {
    assertEquals("9400", gateway.apply(UPDATE).noteId());

    chatwoot.verify(
        postRequestedFor(urlEqualTo(BASE + "/messages"))
            .withRequestBody(
                equalToJson(
                    """
                    {"content":"Orderlens: order context\\nOrder #1001 (eu): processing.\\nOrderlens ref %s",
                     "message_type":"outgoing","private":true}
                    """
                        .formatted(WriteBackDecision.reference(UPDATE)))));
  }

  @Test
  void labelsAlreadyThereAreNotPostedAgain() {
    gateway.apply(new TicketUpdate("57", List.of("vip"), null, null, "9400", null, null));

    chatwoot.verify(0, postRequestedFor(urlEqualTo(BASE + "/labels")));
    chatwoot.verify(0, postRequestedFor(urlEqualTo(BASE + "/messages")));
  }

  @Test
  void tooManyRequestsCarriesRetryAfter() {
    chatwoot.stubFor(
        get(urlEqualTo(BASE + "/labels")).willReturn(status(429).withHeader("Retry-After", "7")));

    var e = assertThrows(HelpdeskRateLimitedException.class, () -> gateway.apply(UPDATE));
    assertEquals(Duration.ofSeconds(7), e.retryAfter());
  }

  @Test
  void serverErrorIsUnavailableAndUnauthorizedIsRejected() {
    chatwoot.stubFor(post(urlEqualTo(BASE + "/messages")).willReturn(status(500)));
    assertThrows(HelpdeskUnavailableException.class, () -> gateway.apply(UPDATE));

    chatwoot.stubFor(get(urlEqualTo(BASE + "/labels")).willReturn(status(401)));
    assertThrows(HelpdeskRejectedException.class, () -> gateway.apply(UPDATE));
  }

  @Test
  void tellsWhetherTheTicketAlreadyCarriesTheNoteOfAnUpdate() {
    chatwoot.stubFor(
        get(urlEqualTo(BASE + "/messages"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                    """
                    {"meta":{},"payload":[{"id":9400,"content":"Orderlens: order context\\nOrderlens ref %s","message_type":1,"private":true}]}
                    """
                        .formatted("0123456789abcdef"))));

    assertTrue(gateway.carries("57", "0123456789abcdef"));
    assertFalse(gateway.carries("57", "fedcba9876543210"));
  }
}
