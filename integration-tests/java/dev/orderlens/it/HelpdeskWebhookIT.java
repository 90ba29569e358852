package dev.orderlens.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each helpdesk calls with its own payload and authenticity scheme, gets 202 at once, and receives
 * the write-back through the durable outbox; WireMock plays the five helpdesks' APIs.
 */
@ExtendWith(ArquillianExtension.class)
class HelpdeskWebhookIT {

  private static final Duration WRITE_BACK = Duration.ofSeconds(30);
  private static final String LEFT_BY_PREVIOUS_INSTANCE = Long.toString(uniqueNumber());

  private static WireMockServer helpdesks;

  @ArquillianResource URL base;

  /**
   * Before this server starts, a previous instance left a write-back pending in the outbox: the
   * state of a restart after an outage.
   */
  @Deployment(testable = false)
  static WebArchive deployment() {
    Database.migrate();
    LocalDateTime past = LocalDateTime.ofInstant(TestClock.now().minusSeconds(60), ZoneOffset.UTC);
    Database.update(
        "INSERT INTO outbox (kind, target, dedup_key, payload, status, attempts, next_attempt_at,"
            + " created_at) VALUES ('helpdesk-writeback', 'zendesk', ?, ?, 'PENDING', 2, ?, ?)",
        "writeback:zendesk:restart-" + LEFT_BY_PREVIOUS_INSTANCE,
        "{\"ticketId\":\""
            + LEFT_BY_PREVIOUS_INSTANCE
            + "\",\"tags\":[\"orderlens\"],\"noteText\":\"Order #1001 shipped.\","
            + "\"noteHtml\":\"<p>Order #1001 shipped.</p>\",\"fields\":{},\"priority\":\"NORMAL\"}",
        past,
        past);
    return Deployments.orderlens();
  }

  @BeforeAll
  static void startHelpdesks() {
    helpdesks = new WireMockServer(Integer.getInteger("it.wiremock.port"));
    helpdesks.start();
    ShopStubs.noOrders(helpdesks);
    helpdesks.stubFor(
        post(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .willReturn(okJson("{\"data\":{\"orders\":{\"nodes\":[]}}}")));
    helpdesks.stubFor(
        put(anyUrl())
            .atPriority(100)
            .willReturn(
                okJson(
                    "{\"id\":1,\"ticket\":{\"id\":1},\"audit\":{\"id\":2,\"events\":"
                        + "[{\"id\":3,\"type\":\"Comment\",\"public\":false}]}}")));
    helpdesks.stubFor(post(anyUrl()).atPriority(100).willReturn(okJson("{\"id\":501}")));
    helpdesks.stubFor(
        get(anyUrl())
            .atPriority(100)
            .willReturn(okJson("{\"id\":1,\"tags\":[\"exchange\"],\"payload\":[\"shipping\"]}")));
  }

  @AfterAll
  static void stopHelpdesks() {
    helpdesks.stop();
  }

  private Http http() {
    return new Http(base);
  }

  @Test
  void zendeskTicketIsAcceptedAt202AndGetsTagsAndAPrivateNote() {
    String ticket = Long.toString(uniqueNumber());
    HttpResponse<String> response = sendZendesk(ticket, "inv-" + ticket);

    assertEquals(202, response.statusCode(), response.body());
    assertTrue(response.body().contains("ACCEPTED"), response.body());
    RequestPatternBuilder writeBack =
        putRequestedFor(urlEqualTo("/zendesk/api/v2/tickets/" + ticket + ".json"))
            .withRequestBody(containing("additional_tags"))
            .withRequestBody(containing("orderlens"))
            .withRequestBody(containing("\"public\":false"));
    awaitRequests(writeBack, 1);
  }

  @Test
  void freshdeskTicketGetsItsTagsMergedAndAPrivateNote() {
    String ticket = Long.toString(uniqueNumber());
    String body = HelpdeskRequests.fixture("freshdesk/ticket-created.json", "1042", ticket);

    HttpResponse<String> response =
        http().send(HelpdeskRequests.freshdesk(http().resolve("api/v1/webhooks/freshdesk"), body));

    assertEquals(202, response.statusCode(), response.body());
    awaitRequests(
        putRequestedFor(urlEqualTo("/freshdesk/api/v2/tickets/" + ticket))
            .withRequestBody(containing("exchange"))
            .withRequestBody(containing("orderlens")),
        1);
    awaitRequests(
        postRequestedFor(urlEqualTo("/freshdesk/api/v2/tickets/" + ticket + "/notes"))
            .withRequestBody(containing("\"private\":true")),
        1);
  }

  @Test
  void zammadArticleGetsTagsAndAnInternalArticle() {
    String ticket = Long.toString(uniqueNumber());
    String body =
        HelpdeskRequests.fixture(
                "zammad/ticket-article-created.json", "\"id\": 8,", "\"id\": " + ticket + ",")
            .replace("\"ticket_id\": 8", "\"ticket_id\": " + ticket);

    HttpResponse<String> response =
        http().send(HelpdeskRequests.zammad(http().resolve("api/v1/webhooks/zammad"), body));

    assertEquals(202, response.statusCode(), response.body());
    awaitRequests(
        postRequestedFor(urlEqualTo("/zammad/api/v1/tags/add"))
            .withRequestBody(containing("\"o_id\":" + ticket)),
        1);
    awaitRequests(
        postRequestedFor(urlEqualTo("/zammad/api/v1/ticket_articles"))
            .withRequestBody(containing("\"ticket_id\":" + ticket))
            .withRequestBody(containing("\"internal\":true")),
        1);
  }

  @Test
  void chatwootMessageGetsLabelsAndAPrivateMessage() {
    String conversation = Long.toString(uniqueNumber());
    String body =
        HelpdeskRequests.fixture(
                "chatwoot/message-created.json", "\"id\": 57", "\"id\": " + conversation)
            .replace("\"display_id\": 57", "\"display_id\": " + conversation);

    HttpResponse<String> response =
        http().send(HelpdeskRequests.chatwoot(http().resolve("api/v1/webhooks/chatwoot"), body));

    assertEquals(202, response.statusCode(), response.body());
    String conversationPath = "/chatwoot/api/v1/accounts/1/conversations/" + conversation;
    awaitRequests(
        postRequestedFor(urlEqualTo(conversationPath + "/labels"))
            .withRequestBody(containing("shipping"))
            .withRequestBody(containing("orderlens")),
        1);
    awaitRequests(
        postRequestedFor(urlEqualTo(conversationPath + "/messages"))
            .withRequestBody(containing("\"private\":true")),
        1);
  }

  @Test
  void gorgiasMessageGetsTagsAndAnInternalNote() {
    String ticket = Long.toString(uniqueNumber());
    String body = HelpdeskRequests.fixture("gorgias/ticket-message-created.json", "24113", ticket);

    HttpResponse<String> response =
        http().send(HelpdeskRequests.gorgias(http().resolve("api/v1/webhooks/gorgias"), body));

    assertEquals(202, response.statusCode(), response.body());
    awaitRequests(
        postRequestedFor(urlEqualTo("/gorgias/api/tickets/" + ticket + "/tags"))
            .withRequestBody(containing("orderlens")),
        1);
    awaitRequests(
        postRequestedFor(urlEqualTo("/gorgias/api/tickets/" + ticket + "/messages"))
            .withRequestBody(containing("internal-note")),
        1);
  }

  @Test
  void aHelpdeskAnswering503Then429ThenOkReceivesTheWriteBackExactlyOnce() {
    String ticket = Long.toString(uniqueNumber());
    String path = "/zendesk/api/v2/tickets/" + ticket + ".json";
    String scenario = "flaky-" + ticket;
    helpdesks.stubFor(
        put(urlEqualTo(path))
            .inScenario(scenario)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("rate-limited"));
    helpdesks.stubFor(
        put(urlEqualTo(path))
            .inScenario(scenario)
            .whenScenarioStateIs("rate-limited")
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
            .willSetStateTo("up"));
    helpdesks.stubFor(
        put(urlEqualTo(path))
            .inScenario(scenario)
            .whenScenarioStateIs("up")
            .willReturn(okJson("{\"ticket\":{\"id\":1},\"audit\":{\"events\":[]}}"))
            .willSetStateTo("done"));

    assertEquals(202, sendZendesk(ticket, "inv-" + ticket).statusCode());

    awaitRequests(putRequestedFor(urlEqualTo(path)), 3);
    Await.until(
        WRITE_BACK,
        "the write-back to be recorded as delivered",
        () ->
            Database.count(
                    "SELECT COUNT(*) FROM outbox WHERE dedup_key LIKE ? AND status = 'DELIVERED'",
                    "writeback:zendesk:ticket:" + ticket)
                == 1);
    pause(Duration.ofSeconds(3));
    assertEquals(3, helpdesks.findAll(putRequestedFor(urlEqualTo(path))).size());
    assertEquals(
        1,
        Database.count(
            "SELECT COUNT(*) FROM outbox WHERE dedup_key LIKE ? AND last_failed_at IS NOT NULL",
            "writeback:zendesk:ticket:" + ticket),
        "the failed attempts are remembered after the delivery");
    var zendesk =
        Http.json(
                http()
                    .get("api/v1/admin/overview", Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD)))
            .getJsonArray("helpdesks")
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .filter(h -> h.getString("helpdesk").equals("zendesk"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        zendesk.getJsonNumber("failedLastHour").longValue() >= 1,
        "the admin's overview counts the write-back that failed within the hour: " + zendesk);
  }

  @Test
  void aNoteTheHelpdeskStoredBeforeAnsweringWithAnErrorIsNotWrittenAgain() {
    String ticket = Long.toString(uniqueNumber());
    RequestPatternBuilder note = zammadNote(ticket);
    helpdesks.stubFor(
        post(urlEqualTo("/zammad/api/v1/ticket_articles"))
            .atPriority(1)
            .withRequestBody(containing("\"ticket_id\":" + ticket))
            .willReturn(aResponse().withStatus(503)));

    assertEquals(202, sendZammad(ticket).statusCode());
    awaitRequests(note, 1);
    // The helpdesk kept the note although it answered 503: its API now lists it.
    stubZammadArticles(ticket, reference(note));

    awaitDelivered("writeback:zammad:ticket:" + ticket);
    pause(Duration.ofSeconds(3));
    assertEquals(1, helpdesks.findAll(note).size(), "the note is written once");
    assertTrue(
        helpdesks.findAll(getRequestedFor(urlEqualTo(articlesOf(ticket)))).size() >= 1,
        "the retry asked the helpdesk first");
  }

  @Test
  void aWriteBackWhoseOutcomeCouldNotBeRecordedIsNotSentAgain() {
    String ticket = Long.toString(uniqueNumber());
    String trigger = "it_fail_note_" + ticket;
    RequestPatternBuilder note = zammadNote(ticket);
    // Recording the delivered note fails (and rolls back) after the helpdesk accepted it.
    Database.update(
        "CREATE TRIGGER "
            + trigger
            + " BEFORE INSERT ON helpdesk_note FOR EACH ROW BEGIN IF NEW.ticket_id = '"
            + ticket
            + "' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'recording fails'; END IF; END");
    try {
      assertEquals(202, sendZammad(ticket).statusCode());
      awaitRequests(note, 1);
      stubZammadArticles(ticket, reference(note));
      Await.until(
          WRITE_BACK,
          "the failed recording to be counted as a failed attempt",
          () ->
              Database.count(
                      "SELECT COUNT(*) FROM outbox WHERE dedup_key = ? AND last_error IS NOT NULL",
                      "writeback:zammad:ticket:" + ticket)
                  == 1);
    } finally {
      Database.update("DROP TRIGGER IF EXISTS " + trigger);
    }

    awaitDelivered("writeback:zammad:ticket:" + ticket);
    pause(Duration.ofSeconds(3));
    assertEquals(1, helpdesks.findAll(note).size(), "the note is written once");
  }

  private HttpResponse<String> sendZammad(String ticket) {
    String body =
        HelpdeskRequests.fixture(
                "zammad/ticket-article-created.json", "\"id\": 8,", "\"id\": " + ticket + ",")
            .replace("\"ticket_id\": 8", "\"ticket_id\": " + ticket);
    return http().send(HelpdeskRequests.zammad(http().resolve("api/v1/webhooks/zammad"), body));
  }

  private static RequestPatternBuilder zammadNote(String ticket) {
    return postRequestedFor(urlEqualTo("/zammad/api/v1/ticket_articles"))
        .withRequestBody(containing("\"ticket_id\":" + ticket));
  }

  private static String articlesOf(String ticket) {
    return "/zammad/api/v1/ticket_articles/by_ticket/" + ticket;
  }

  /** The reference Orderlens wrote into the note it sent. */
  private static String reference(RequestPatternBuilder note) {
    Matcher m =
        Pattern.compile("Orderlens ref ([0-9a-f]{16})")
            .matcher(helpdesks.findAll(note).get(0).getBodyAsString());
    assertTrue(m.find(), "the note carries its reference");
    return m.group(1);
  }

  /** Zammad's article list for the ticket, holding the note with that reference. */
  private static void stubZammadArticles(String ticket, String reference) {
    helpdesks.stubFor(
        get(urlEqualTo(articlesOf(ticket)))
            .atPriority(1)
            .willReturn(
                okJson(
                    """
                    [{"id": 19, "ticket_id": %s, "type": "note", "internal": true,
                      "content_type": "text/html",
                      "body": "<p>Orderlens: order context</p><p><small>Orderlens ref %s</small></p>"}]
                    """
                        .formatted(ticket, reference))));
  }

  private static void awaitDelivered(String key) {
    Await.until(
        WRITE_BACK,
        "the write-back to be recorded as delivered",
        () ->
            Database.count(
                    "SELECT COUNT(*) FROM outbox WHERE dedup_key = ? AND status = 'DELIVERED'", key)
                == 1);
  }

  @Test
  void theSameNativeDeliveryTwiceProducesOneWriteBack() {
    String ticket = Long.toString(uniqueNumber());

    assertEquals(202, sendZendesk(ticket, "dup-" + ticket).statusCode());
    HttpResponse<String> again = sendZendesk(ticket, "dup-" + ticket);

    assertEquals(202, again.statusCode());
    assertTrue(again.body().contains("DUPLICATE"), again.body());
    String path = "/zendesk/api/v2/tickets/" + ticket + ".json";
    awaitRequests(putRequestedFor(urlEqualTo(path)), 1);
    pause(Duration.ofSeconds(3));
    assertEquals(1, helpdesks.findAll(putRequestedFor(urlEqualTo(path))).size());
  }

  @Test
  void orderlensOwnNoteReportedBackIsAcknowledgedButNotWrittenBackAgain() {
    String ticket = Long.toString(uniqueNumber());
    String body =
        HelpdeskRequests.fixture(
                "zammad/orderlens-note-created.json", "\"id\": 8,", "\"id\": " + ticket + ",")
            .replace("\"ticket_id\": 8", "\"ticket_id\": " + ticket);

    HttpResponse<String> response =
        http().send(HelpdeskRequests.zammad(http().resolve("api/v1/webhooks/zammad"), body));

    assertEquals(202, response.statusCode(), response.body());
    assertTrue(response.body().contains("IGNORED"), response.body());
    pause(Duration.ofSeconds(3));
    assertEquals(
        0,
        helpdesks
            .findAll(
                postRequestedFor(urlEqualTo("/zammad/api/v1/ticket_articles"))
                    .withRequestBody(containing("\"ticket_id\":" + ticket)))
            .size());
  }

  @Test
  void aWriteBackLeftPendingBeforeARestartIsDeliveredAfterIt() {
    awaitRequests(
        putRequestedFor(
                urlEqualTo("/zendesk/api/v2/tickets/" + LEFT_BY_PREVIOUS_INSTANCE + ".json"))
            .withRequestBody(containing("Order #1001 shipped.")),
        1);
  }

  @Test
  void forgedOrUnknownDeliveriesAreRefusedAsProblems() {
    String body =
        HelpdeskRequests.fixture(
            "freshdesk/ticket-created.json", "1042", Long.toString(uniqueNumber()));

    HttpResponse<String> forged =
        http()
            .send(
                HelpdeskRequests.freshdesk(http().resolve("api/v1/webhooks/freshdesk"), body)
                    .setHeader("X-Orderlens-Secret", "guess"));
    HttpResponse<String> unknown =
        http().send(HelpdeskRequests.freshdesk(http().resolve("api/v1/webhooks/kayako"), body));
    HttpResponse<String> notJson =
        http()
            .send(HelpdeskRequests.freshdesk(http().resolve("api/v1/webhooks/freshdesk"), "{oops"));

    assertProblem(401, forged);
    assertProblem(404, unknown);
    assertProblem(400, notJson);
  }

  @Test
  void deadLettersNeedTheAdminLoginAndCanBeReplayed() {
    assertProblem(401, http().get("api/v1/admin/outbox/dead-letters", null));
    assertProblem(
        401, http().get("api/v1/admin/outbox/dead-letters", Http.basic("it-admin", "wrong")));

    String ticket = Long.toString(uniqueNumber());
    String path = "/zendesk/api/v2/tickets/" + ticket + ".json";
    helpdesks.stubFor(put(urlEqualTo(path)).willReturn(aResponse().withStatus(403)));
    assertEquals(202, sendZendesk(ticket, "dead-" + ticket).statusCode());
    Await.until(
        WRITE_BACK,
        "the refused write-back to be parked",
        () ->
            http()
                .get("api/v1/admin/outbox/dead-letters", adminLogin())
                .body()
                .contains("writeback:zendesk:ticket:" + ticket));
    long id =
        Database.count(
            "SELECT id FROM outbox WHERE dedup_key = ? AND status = 'DEAD'",
            "writeback:zendesk:ticket:" + ticket);

    helpdesks.stubFor(
        put(urlEqualTo(path))
            .willReturn(okJson("{\"ticket\":{\"id\":1},\"audit\":{\"events\":[]}}")));
    HttpResponse<String> replay =
        http().post("api/v1/admin/outbox/dead-letters/" + id + "/replay", "", adminLogin());

    assertEquals(202, replay.statusCode(), replay.body());
    awaitRequests(putRequestedFor(urlEqualTo(path)), 2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Hello, where is my parcel? It is order NUMBER and it has not arrived yet.",
        "it|Buongiorno, dov'è il mio pacco? È l'ordine NUMBER e non è ancora arrivato.",
        "ru|Здравствуйте, где моя посылка? Это заказ NUMBER, он ещё не пришёл.",
        "hu|Jó napot, hol van a csomagom? A rendelés NUMBER még nem érkezett meg.",
        "de|Hallo, wo ist mein Paket? Es ist die Bestellung NUMBER und sie ist noch nicht da.",
        "fr|Bonjour, où est mon colis ? C'est la commande NUMBER et elle n'est pas arrivée.",
        "es|Hola, ¿dónde está mi paquete? Es el pedido NUMBER y todavía no ha llegado."
      })
  void theRecipientOfAGiftLearnsNeitherPriceNorItemNorSender(String language, String message) {
    String number = Long.toString(uniqueNumber());
    String recipient = "giulia-" + number + "@example.com";
    String buyer = "anna-" + number + "@example.com";
    assertEquals(
        200, http().importOrders(Samples.giftOrder(number, buyer, recipient)).statusCode());
    String text = message.replace("NUMBER", number);
    String ticket = Long.toString(uniqueNumber());

    HttpResponse<String> answer =
        http()
            .signedWebhook(
                """
                {"eventId": "gift-%s", "ticket": {"id": "%s", "subject": "", "body": "%s",
                 "channel": "email", "requester": {"email": "%s", "name": "Giulia Verdi"}}}
                """
                    .formatted(ticket, ticket, text, recipient));
    assertEquals(
        202,
        http()
            .send(
                HelpdeskRequests.zendesk(
                    http().resolve("api/v1/webhooks/zendesk"),
                    """
                    {"ticket": {"id": "%s", "title": "", "description": "%s", "latest_comment": "%s",
                     "via": "Mail", "created_at": "%s",
                     "updated_at": "%s", "tags": "",
                     "requester": {"email": "%s", "name": "Giulia Verdi", "phone": ""}}}
                    """
                        .formatted(ticket, text, text, TestClock.now(), TestClock.now(), recipient),
                    "gift-" + ticket))
            .statusCode());

    assertEquals(200, answer.statusCode(), answer.body());
    var json = Http.json(answer);
    assertEquals("RECIPIENT", json.getJsonObject("contact").getString("role"));
    assertEquals(language, json.getString("language"));
    assertTrue(json.getJsonArray("flags").toString().contains("GIFT_ORDER"), answer.body());
    assertTrue(json.getJsonArray("flags").toString().contains("DO_NOT_CALL_SHIPPING_PHONE"));
    assertEquals(number, json.getJsonArray("orders").getJsonObject(0).getString("number"));
    assertDiscloseNothing(answer.body(), buyer);
    RequestPatternBuilder writeBack =
        putRequestedFor(urlEqualTo("/zendesk/api/v2/tickets/" + ticket + ".json"));
    awaitRequests(writeBack, 1);
    String written = helpdesks.findAll(writeBack).get(0).getBodyAsString();
    assertTrue(written.contains("gift parcel"), written);
    assertDiscloseNothing(written, buyer);
  }

  private static void assertDiscloseNothing(String text, String buyerEmail) {
    for (String secret :
        List.of(
            "119.90",
            "129.80",
            "9.90",
            "Oak reading chair",
            "CHAIR-OAK",
            "Gift wrapping",
            "Anna",
            "Rossi",
            buyerEmail,
            "Happy birthday",
            "Via Roma")) {
      assertFalse(text.contains(secret), "'" + secret + "' disclosed in: " + text);
    }
  }

  private HttpResponse<String> sendZendesk(String ticket, String invocationId) {
    String body = HelpdeskRequests.fixture("zendesk/ticket-created.json", "35436", ticket);
    return http()
        .send(
            HelpdeskRequests.zendesk(
                http().resolve("api/v1/webhooks/zendesk"), body, invocationId));
  }

  private static String adminLogin() {
    return Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
  }

  private static void awaitRequests(RequestPatternBuilder pattern, int count) {
    Await.until(
        WRITE_BACK,
        count + " request(s) like " + pattern.build(),
        () -> helpdesks.findAll(pattern).size() >= count);
  }

  private static void assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.body());
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long uniqueNumber() {
    return ThreadLocalRandom.current().nextLong(10_000_000L, 999_999_999L);
  }
}
