package dev.orderlens.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.orderlens.it.vendure.LiveVendure;
import dev.orderlens.it.vendure.VendureShop;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A helpdesk sends a signed ticket in the canonical format and gets the enrichment back, on Payara
 * Micro against MariaDB; Shopify is played by WireMock.
 */
@ExtendWith(ArquillianExtension.class)
class GenericWebhookIT {

  private static WireMockServer shopify;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.orderlens();
  }

  /**
   * The live Vendure shop starts before any ticket is sent: a shop that is not up yet would count
   * as down and open the Vendure circuit breaker for the other tests.
   */
  @BeforeAll
  static void startVendure() {
    LiveVendure.shop();
  }

  @BeforeAll
  static void startShopify() {
    shopify = new WireMockServer(Integer.getInteger("it.wiremock.port"));
    shopify.start();
    ShopStubs.noOrders(shopify);
    // A shop with none of the orders asked for, unless a test says otherwise.
    shopify.stubFor(
        post(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .atPriority(100)
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"data\":{\"orders\":{\"nodes\":[]}}}")));
  }

  @AfterAll
  static void stopShopify() {
    shopify.stop();
  }

  private Http http() {
    return new Http(base);
  }

  @Test
  void buyersTicketFindsImportedOrderByTheNumberWrittenInItalian() {
    String number = Samples.uniqueNumber();
    String buyer = Samples.uniqueEmail();
    assertEquals(200, http().importOrders(Samples.importedOrder(number, buyer)).statusCode());

    HttpResponse<String> response =
        http()
            .signedWebhook(
                Samples.ticket(
                    id(),
                    "T-1-" + run,
                    "Dov'è il mio ordine?",
                    "Buongiorno, l'ordine n. " + number + " non è ancora arrivato.",
                    buyer));

    assertEquals(200, response.statusCode(), response.body());
    JsonObject answer = Http.json(response);
    assertEquals("T-1-" + run, answer.getString("ticketId"));
    JsonObject order = answer.getJsonArray("orders").getJsonObject(0);
    assertEquals(number, order.getString("number"));
    assertEquals("it-shop", order.getString("store"));
    assertEquals("Anna Rossi", order.getJsonObject("buyer").getString("name"));
    assertEquals(
        "Marco Bianchi",
        order.getJsonObject("recipient").getJsonObject("person").getString("name"));
    assertEquals("CHAIR-OAK", order.getJsonArray("lines").getJsonObject(0).getString("sku"));
    assertTrue(answer.getJsonObject("note").getString("text").contains("Order #" + number));
    assertEquals(
        Samples.trackingNumberOf(number),
        answer.getJsonArray("shipments").getJsonObject(0).getString("trackingNumber"));
    assertEquals("BUYER", answer.getJsonObject("contact").getString("role"));
    assertEquals("it", answer.getString("language"));
    assertEquals("ORDER_STATUS", answer.getJsonArray("intents").getString(0));
  }

  @Test
  void theThirdMessageAboutTheSameOrderFromAnyTicketRaisesThePriority() {
    String number = Samples.uniqueNumber();
    String buyer = Samples.uniqueEmail();
    http().importOrders(Samples.importedOrder(number, buyer));

    List<String> priorities =
        IntStream.range(0, 3)
            .mapToObj(
                i ->
                    Http.json(
                            http()
                                .signedWebhook(
                                    Samples.ticket(
                                        id(),
                                        "T-order-" + number + "-" + i,
                                        "Order " + number,
                                        "Where is my order " + number + "?",
                                        buyer)))
                        .getString("priority"))
            .toList();

    assertEquals("NORMAL", priorities.get(0));
    assertEquals("NORMAL", priorities.get(1));
    assertEquals("HIGH", priorities.get(2));
  }

  @Test
  void aStrangerQuotingAnOrderNumberLearnsNothingNotEvenThatItExists() {
    String number = Samples.uniqueNumber();
    String own = Samples.ownOrder(number, Samples.uniqueEmail());
    http().importOrders(own);

    JsonObject known =
        Http.json(
            http()
                .signedWebhook(
                    Samples.ticket(
                        id(),
                        "T-8-" + run,
                        "Order " + number,
                        "Where is order " + number + "?",
                        Samples.uniqueEmail())));
    JsonObject unknown =
        Http.json(
            http()
                .signedWebhook(
                    Samples.ticket(
                        id(),
                        "T-8-" + run,
                        "Order 99" + number,
                        "Where is order 99" + number + "?",
                        Samples.uniqueEmail())));

    assertEquals("UNVERIFIED", known.getJsonObject("contact").getString("role"));
    assertEquals(0, known.getJsonArray("orders").size());
    assertTrue(known.getJsonArray("flags").toString().contains("VERIFY_IDENTITY"));
    assertEquals(known.getJsonArray("tags"), unknown.getJsonArray("tags"));
    assertEquals(known.getJsonArray("flags"), unknown.getJsonArray("flags"));
    assertEquals(known.getJsonObject("note"), unknown.getJsonObject("note"));
  }

  @Test
  void signedTicketWithoutOrderNumberFindsTheOrderByTheRequestersEmail() {
    String number = Samples.uniqueNumber();
    String email = Samples.uniqueEmail();
    http().importOrders(Samples.importedOrder(number, email));

    HttpResponse<String> response =
        http()
            .signedWebhook(
                Samples.ticket(
                    id(),
                    "T-2-" + run,
                    "Where is my chair?",
                    "Hello, I ordered a chair last week.",
                    email.toUpperCase()));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        number, Http.json(response).getJsonArray("orders").getJsonObject(0).getString("number"));
  }

  @Test
  void orderNumberIsLookedUpInShopify() {
    String number = Samples.uniqueNumber();
    String buyer = Samples.uniqueEmail();
    shopify.stubFor(
        post(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .atPriority(1)
            .withHeader("X-Shopify-Access-Token", equalTo("shpat_it_token"))
            .withRequestBody(
                matchingJsonPath("$.variables.query", equalTo("name:\"#" + number + "\"")))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(ShopifyPayload.orderNamed(number, buyer))));

    HttpResponse<String> response =
        http()
            .signedWebhook(
                Samples.ticket(
                    id(), "T-3-" + run, "Bestellung " + number, "Wo ist mein Paket?", buyer));

    assertEquals(200, response.statusCode(), response.body());
    JsonObject order = Http.json(response).getJsonArray("orders").getJsonObject(0);
    assertEquals("it-shopify", order.getString("store"));
    assertEquals("SHIPPED", order.getString("status"));

    HttpResponse<String> repeated =
        http()
            .signedWebhook(
                Samples.ticket(id(), "T-3-" + run, "Bestellung " + number, "Noch einmal?", buyer));
    assertEquals(200, repeated.statusCode(), repeated.body());
    assertEquals(
        1,
        shopify
            .findAll(
                postRequestedFor(urlEqualTo("/admin/api/2025-01/graphql.json"))
                    .withRequestBody(
                        matchingJsonPath("$.variables.query", equalTo("name:\"#" + number + "\""))))
            .size(),
        "a repeated ticket within the cache's time-to-live asks Shopify once");
  }

  @Test
  void theBuyerOfAnOrderInTheLiveVendureShopGetsItByItsCode() {
    VendureShop.PlacedOrder placed = LiveVendure.placeOrders().giftOrder();

    HttpResponse<String> response =
        http()
            .signedWebhook(
                Samples.ticket(
                    id(),
                    "T-9-" + run,
                    "Order " + placed.code(),
                    "Where is my order " + placed.code() + "?",
                    placed.email()));

    assertEquals(200, response.statusCode(), response.body());
    JsonObject answer = Http.json(response);
    assertEquals(1, answer.getJsonArray("orders").size(), response.body());
    JsonObject order = answer.getJsonArray("orders").getJsonObject(0);
    assertEquals("it-vendure", order.getString("store"));
    assertEquals(placed.code(), order.getString("number"));
    assertTrue(order.getBoolean("gift"));
    assertEquals("BUYER", answer.getJsonObject("contact").getString("role"));
    assertTheBuyerIsWarnedOffTheRecipient(answer, placed.email(), "+39 011 765 4321");
  }

  @Test
  void theBuyerOfAPushedGiftOrderIsToldFirstToLeaveTheRecipientAlone() {
    String number = Samples.uniqueNumber();
    String buyer = Samples.uniqueEmail();
    String recipient = Samples.uniqueEmail();
    assertEquals(
        200, http().importOrders(Samples.giftOrder(number, buyer, recipient)).statusCode());

    JsonObject answer = askAsBuyer("Order #" + number, buyer);

    assertTheBuyerIsWarnedOffTheRecipient(answer, buyer, "+39 011 7654321");
    String note = answer.getJsonObject("note").getString("text");
    assertFalse(note.contains(recipient), note);
    assertTrue(note.lines().findFirst().orElse("").contains("gift message"), note);
    assertTrue(note.lines().findFirst().orElse("").contains("gift wrap line"), note);
  }

  @Test
  void theBuyerOfAShopifyGiftOrderIsToldFirstToLeaveTheRecipientAlone() {
    String number = Samples.uniqueNumber();
    String buyer = Samples.uniqueEmail();
    shopify.stubFor(
        post(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .atPriority(1)
            .withRequestBody(
                matchingJsonPath("$.variables.query", equalTo("name:\"#" + number + "\"")))
            .willReturn(okJson(ShopifyPayload.orderNamed(number, buyer))));

    assertTheBuyerIsWarnedOffTheRecipient(
        askAsBuyer("Order #" + number, buyer), buyer, "+390117654321");
  }

  @Test
  void theBuyerOfAWooCommerceGiftOrderIsToldFirstToLeaveTheRecipientAlone() {
    String number = Samples.uniqueNumber();
    String buyer = Samples.uniqueEmail();
    ShopStubs.wooCommerceGiftOrder(shopify, number, buyer);

    JsonObject answer = askAsBuyer("Order #" + number, buyer);

    assertEquals("it-woo", answer.getJsonArray("orders").getJsonObject(0).getString("store"));
    assertTheBuyerIsWarnedOffTheRecipient(answer, buyer, "+390117654321");
  }

  @Test
  void theBuyerOfAMagentoGiftOrderIsToldFirstToLeaveTheRecipientAlone() {
    String number = Samples.uniqueNumber();
    String buyer = Samples.uniqueEmail();
    ShopStubs.magentoGiftOrder(shopify, number, buyer);

    JsonObject answer = askAsBuyer("Order #" + number, buyer);

    assertEquals("it-magento", answer.getJsonArray("orders").getJsonObject(0).getString("store"));
    assertTheBuyerIsWarnedOffTheRecipient(answer, buyer, "+390117654321");
  }

  private JsonObject askAsBuyer(String subject, String buyer) {
    HttpResponse<String> response =
        http()
            .signedWebhook(
                Samples.ticket(
                    id(),
                    "T-gift-" + run,
                    subject,
                    "Hello, where is the present I ordered? It should have arrived by now.",
                    buyer));
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  /**
   * The buyer of a gift writes: flags, tag and the note's first line say it is a gift and whom to
   * contact; the recipient's phone and e-mail appear nowhere in the note or the order shown.
   */
  private static void assertTheBuyerIsWarnedOffTheRecipient(
      JsonObject answer, String buyer, String recipientPhone) {
    assertEquals("BUYER", answer.getJsonObject("contact").getString("role"), answer.toString());
    String flags = answer.getJsonArray("flags").toString();
    assertTrue(flags.contains("\"GIFT_ORDER\""), flags);
    assertTrue(flags.contains("\"DO_NOT_CALL_SHIPPING_PHONE\""), flags);
    assertTrue(answer.getJsonArray("tags").toString().contains("\"gift_order\""));
    String note = answer.getJsonObject("note").getString("text");
    String first = note.lines().findFirst().orElse("");
    assertTrue(first.startsWith("GIFT ORDER: contact only the buyer"), note);
    assertTrue(first.contains(buyer), first);
    assertTrue(first.contains("Do not contact the recipient"), first);
    String digits = recipientPhone.replaceAll("\\D", "");
    assertFalse(note.replaceAll("\\D", "").contains(digits), note);
    JsonObject person =
        answer
            .getJsonArray("orders")
            .getJsonObject(0)
            .getJsonObject("recipient")
            .getJsonObject("person");
    assertTrue(person.isNull("phone"), person.toString());
    assertTrue(person.isNull("email"), person.toString());
  }

  @Test
  void aBadDayCanBeReadAtMetricsWebhooksShopCallsEnrichmentAndWhatWasUnderstood() {
    String number = Samples.uniqueNumber();
    String buyer = Samples.uniqueEmail();
    shopify.stubFor(
        post(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .atPriority(1)
            .withRequestBody(
                matchingJsonPath("$.variables.query", equalTo("name:\"#" + number + "\"")))
            .willReturn(okJson(ShopifyPayload.orderNamed(number, buyer))));
    assertEquals(
        200,
        http()
            .signedWebhook(
                Samples.ticket(id(), "T-M-" + run, "Order #" + number, "Where is it?", buyer))
            .statusCode());
    assertEquals(
        401,
        http()
            .webhook(
                Samples.ticket(id(), "T-M2-" + run, "x", "x", buyer),
                TestClock.now().getEpochSecond(),
                "not-the-secret",
                "application/json")
            .statusCode());

    HttpResponse<String> metrics = http().get(http().root("metrics"));

    assertEquals(200, metrics.statusCode());
    String text = metrics.body();
    assertSeries(text, "orderlens_webhooks_total", "helpdesk=\"generic\"", "outcome=\"answered\"");
    assertSeries(
        text, "orderlens_webhooks_total", "helpdesk=\"generic\"", "outcome=\"unauthenticated\"");
    assertSeries(text, "orderlens_webhook_acknowledgement_seconds_count", "helpdesk=\"generic\"");
    assertSeries(
        text, "orderlens_remote_calls_started_total", "kind=\"shop\"", "remote=\"it-shopify\"");
    assertSeries(
        text,
        "orderlens_remote_calls_answered_total",
        "kind=\"shop\"",
        "remote=\"it-shopify\"",
        "status=\"2xx\"");
    assertSeries(text, "orderlens_remote_call_seconds_count", "remote=\"it-shopify\"");
    assertSeries(text, "orderlens_enrichment_seconds_count");
    assertSeries(text, "orderlens_understood_total", "language=\"en\"");
    assertSeries(text, "orderlens_enrichments_total", "contact=\"BUYER\"", "orders=\"found\"");
  }

  /** A Prometheus line of the series with all the tags, and a value above zero. */
  private static void assertSeries(String metrics, String name, String... tags) {
    boolean found =
        metrics
            .lines()
            .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
            .filter(l -> java.util.Arrays.stream(tags).allMatch(l::contains))
            .anyMatch(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) > 0);
    assertTrue(
        found,
        name
            + " "
            + String.join(",", tags)
            + " not in:\n"
            + metrics
                .lines()
                .filter(l -> l.startsWith("orderlens_"))
                .collect(java.util.stream.Collectors.joining("\n")));
  }

  @Test
  void theAdminsOverviewShowsTheHelpdeskTheFlowAndWhatWasLearnedInHeadlessChromium()
      throws Exception {
    DashboardBrowser.assumeInstalled();
    String number = Samples.uniqueNumber();
    String buyer = Samples.uniqueEmail();
    assertEquals(
        200,
        http().importOrders(Samples.giftOrder(number, buyer, Samples.uniqueEmail())).statusCode());
    assertEquals(
        200,
        http()
            .signedWebhook(
                Samples.ticket(id(), "T-O-" + run, "Order #" + number, "Where is my order?", buyer))
            .statusCode());

    try (DashboardBrowser browser =
        new DashboardBrowser(Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD))) {
      browser.open(http().resolve("admin/overview.html").toString());

      assertFalse(browser.errorShown());
      assertTrue(browser.text("#helpdesks tbody").contains("generic"), "the generic webhook");
      String remotes = browser.text("#remotes tbody");
      assertTrue(
          remotes.contains("it-shopify")
              && (remotes.contains("closed") || remotes.contains("open: calls refused")),
          "the shop this ticket was looked up in, with its breaker: " + remotes);
      assertTrue(browser.chartPoints("flow-chart") >= 1, "events per hour drawn");
      assertTrue(
          browser.rows("#queues tbody tr") >= 1
              || browser.text("#queues-empty").contains("Nothing"),
          "the work queue by kind, or that nothing waits");
      assertTrue(browser.text("#learned tbody").contains("ORDER_STATUS"), "what was asked");
      assertTrue(browser.text("#shown tbody").contains("BUYER"), "who wrote");
      assertTrue(browser.text("#privacy tbody").contains("GIFT_ORDER"), "the gift warning");
      browser.screenshot(java.nio.file.Path.of("target", "overview.png"));
    }
  }

  @Test
  void shopifyDownGivesAPartialEnrichmentFlaggedNotAFailedWebhook() {
    String number = Samples.uniqueNumber();
    shopify.stubFor(
        post(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .atPriority(1)
            .withRequestBody(
                matchingJsonPath("$.variables.query", equalTo("name:\"#" + number + "\"")))
            .willReturn(aResponse().withStatus(503)));

    HttpResponse<String> response =
        http()
            .signedWebhook(
                Samples.ticket(
                    id(), "T-4-" + run, "Order #" + number, "late", Samples.uniqueEmail()));

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        Http.json(response).getJsonArray("flags").toString().contains("ORDER_SOURCE_UNAVAILABLE"));
    assertEquals(
        2,
        shopify
            .findAll(
                postRequestedFor(urlEqualTo("/admin/api/2025-01/graphql.json"))
                    .withRequestBody(
                        matchingJsonPath("$.variables.query", equalTo("name:\"#" + number + "\""))))
            .size(),
        "asked once and retried once, as microprofile-config.properties sets Retry/maxRetries");
  }

  @Test
  void aShopSlowerThanItsTimeoutCostsItsOrdersNotTheWebhook() {
    String number = Samples.uniqueNumber();
    shopify.stubFor(
        get(urlMatching("/rest/V1/orders\\?.*" + number + ".*"))
            .atPriority(1)
            .willReturn(okJson("{\"items\":[],\"total_count\":0}").withFixedDelay(2600)));

    HttpResponse<String> response =
        http()
            .signedWebhook(
                Samples.ticket(
                    id(), "T-10-" + run, "Order #" + number, "late", Samples.uniqueEmail()));

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        Http.json(response).getJsonArray("flags").toString().contains("ORDER_SOURCE_UNAVAILABLE"),
        response.body());
    assertEquals(
        2,
        shopify
            .findAll(getRequestedFor(urlMatching("/rest/V1/orders\\?.*" + number + ".*")))
            .size(),
        "asked once and retried once after the timeout (Timeout/value, Retry/maxRetries)");
  }

  @Test
  void theSameEventFiveTimesAtOnceIsStoredOnceAndAnsweredIdentically() {
    String eventId = id();
    String body =
        Samples.ticket(eventId, "T-5-" + run, "pedido 77", "¿Dónde está?", Samples.uniqueEmail());

    List<HttpResponse<String>> responses =
        IntStream.range(0, 5)
            .mapToObj(i -> CompletableFuture.supplyAsync(() -> http().signedWebhook(body)))
            .toList()
            .stream()
            .map(CompletableFuture::join)
            .toList();

    responses.forEach(r -> assertEquals(200, r.statusCode(), r.body()));
    assertEquals(1, responses.stream().map(HttpResponse::body).distinct().count());
    assertEquals(1, storedEvents(eventId));
  }

  @Test
  void everyRefusalIsAProblemAndNoneIsAServerError() {
    String body = Samples.ticket(id(), "T-6-" + run, "s", "b", Samples.uniqueEmail());
    long now = TestClock.now().getEpochSecond();

    assertProblem(401, http().post("api/v1/webhooks/generic", body, null));
    assertProblem(401, http().webhook(body, now, "wrong-secret", "application/json"));
    assertProblem(401, http().webhook(body, now - 3600, Http.WEBHOOK_SECRET, "application/json"));
    assertProblem(400, http().signedWebhook("{not json"));
    assertProblem(400, http().signedWebhook("{\"ticket\": {\"id\": \"1\"}}"));
    assertProblem(
        400, http().signedWebhook("{\"eventId\": \"e\", \"ticket\": {\"subject\": \"x\"}}"));
    assertProblem(400, http().signedWebhook("[1,2]"));
    String huge =
        Samples.ticket(id(), "T-7-" + run, "s", "x".repeat(300 * 1024), Samples.uniqueEmail());
    assertProblem(413, http().signedWebhook(huge));
    assertProblem(415, http().webhook(body, now, Http.WEBHOOK_SECRET, "text/plain"));
    assertProblem(401, http().post("api/v1/orders", "{}", null));
    assertProblem(401, http().post("api/v1/orders", "{}", Http.basic("it-admin", "wrong")));
    assertProblem(400, http().importOrders("{\"orders\": [{\"store\": \"s\"}]}"));
    assertProblem(404, http().get(http().root("api/v1/nothing-here")));
    assertProblem(404, http().get(http().root("no/such/page")));
  }

  @Test
  void readinessReportsTheDatabaseUp() {
    HttpResponse<String> health = http().get(http().root("health/ready"));
    assertEquals(200, health.statusCode(), health.body());
    assertTrue(health.body().contains("database"));
    assertEquals(200, http().get(http().root("openapi")).statusCode());
  }

  private static void assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        "problem+json expected, got "
            + response.headers().firstValue("Content-Type")
            + " "
            + response.body());
    assertEquals(status, Http.json(response).getInt("status"));
  }

  private static long storedEvents(String eventId) {
    return Database.count("SELECT COUNT(*) FROM ticket_event WHERE event_id = ?", eventId);
  }

  /** Ticket ids of this test alone (JUnit makes an instance per test). */
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private static String id() {
    return UUID.randomUUID().toString();
  }
}
