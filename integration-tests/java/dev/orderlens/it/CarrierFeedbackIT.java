package dev.orderlens.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.orderlens.carrier.domain.report.PersonalDataScanner;
import dev.orderlens.intake.domain.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Carrier feedback end to end on Payara Micro and MariaDB: complaints from tickets become
 * incidents, reports are pushed signed to the carrier (WireMock) and pulled with the carrier's own
 * key, carriers answer incidents, admins export CSV and see the dashboard in headless Chromium.
 * Every report produced is scanned for personal data.
 */
@ExtendWith(ArquillianExtension.class)
class CarrierFeedbackIT {
  private static final String SECRET = "it-carrier-report-secret";
  private static final PersonalDataScanner SCANNER =
      new PersonalDataScanner(Arrays.asList(CarrierWorld.CUSTOMER_NAMES_CSV.split(",")));
  private static WireMockServer wiremock;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.orderlens();
  }

  @BeforeAll
  static void startWireMock() {
    wiremock = new WireMockServer(Integer.getInteger("it.wiremock.port"));
    wiremock.start();
    wiremock.stubFor(
        post(urlEqualTo("/admin/api/2025-01/graphql.json"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"data\":{\"orders\":{\"nodes\":[]}}}")));
  }

  @AfterAll
  static void stopWireMock() {
    wiremock.stop();
  }

  private Http http() {
    return new Http(base);
  }

  private static String wiremockUrl(String path) {
    return "http://127.0.0.1:" + wiremock.port() + path;
  }

  @Test
  void weeklyReportIsPushedSignedRetriedAfter503AndDeliveredOnce() throws Exception {
    String code = "itpush-" + UUID.randomUUID().toString().substring(0, 8);
    String path = "/carrier/" + code + "/reports";
    wiremock.stubFor(
        post(urlEqualTo(path))
            .inScenario(code)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    wiremock.stubFor(
        post(urlEqualTo(path))
            .inScenario(code)
            .whenScenarioStateIs("up")
            .willReturn(aResponse().withStatus(202)));
    CarrierWorld world = new CarrierWorld(http());
    String key = world.register(code, wiremockUrl(path));
    CarrierWorld.shipments(code, 35);

    String trigger = "api/v1/admin/carriers/" + code + "/reports?days=7";
    assertTrue(Http.json(http().post(trigger, "{}", CarrierWorld.admin())).getBoolean("created"));
    assertFalse(Http.json(http().post(trigger, "{}", CarrierWorld.admin())).getBoolean("created"));

    awaitRequests(path, 2);
    Thread.sleep(3_000); // a duplicate would be sent by now: the outbox polls every second
    List<LoggedRequest> pushes = wiremock.findAll(postRequestedFor(urlEqualTo(path)));
    assertEquals(2, pushes.size(), "one 503, then one delivery, never a duplicate");
    for (LoggedRequest push : pushes) {
      long ts = Long.parseLong(push.getHeader("X-Orderlens-Timestamp"));
      assertEquals(
          WebhookSignature.header(SECRET, ts, push.getBody()),
          push.getHeader("X-Orderlens-Signature"));
      assertTrue(Math.abs(System.currentTimeMillis() / 1000 - ts) < 300);
    }
    String reportKey = pushes.get(1).getHeader("X-Orderlens-Report-Key");
    assertEquals(pushes.get(0).getHeader("X-Orderlens-Report-Key"), reportKey);
    String pushed = pushes.get(1).getBodyAsString();
    assertNoPersonalData(pushed);
    JsonObject json = Json.createReader(new StringReader(pushed)).readObject();
    assertEquals("1.0", json.getString("schemaVersion"));
    assertEquals(35, json.getJsonNumber("shipments").intValue());

    JsonArray listed = array(carrierGet(key, "me", "reports"));
    assertEquals(1, listed.size());
    assertEquals(reportKey, listed.getJsonObject(0).getString("key"));
    String pulled = carrierGet(key, "me", "reports/" + listed.getJsonObject(0).getInt("id")).body();
    assertEquals(pushed, pulled, "the pull API serves the exact body that was pushed");
  }

  @Test
  void complaintsBecomeIncidentsTheCarrierAnswersAndTheScorecardShows() throws Exception {
    CarrierWorld world = new CarrierWorld(http());
    String key = world.register(CarrierWorld.UPS, null);
    String disputed = CarrierWorld.upsNumber();
    String acknowledged = CarrierWorld.upsNumber();
    CarrierWorld.shipments(CarrierWorld.UPS, 32, disputed, acknowledged);
    JsonObject enrichment = world.leftUnsafeComplaint(disputed);
    assertEquals("LEFT_UNSAFE", enrichment.getJsonObject("courierComplaint").getString("category"));
    world.leftUnsafeComplaint(acknowledged);
    world.leftUnsafeComplaint(acknowledged); // a second ticket about the same parcel: one incident

    JsonArray incidents = array(carrierGet(key, "me", "incidents"));
    long disputedId = incidentId(incidents, disputed);
    long acknowledgedId = incidentId(incidents, acknowledged);
    assertEquals(
        1,
        incidents.stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("trackingNumber").equals(acknowledged))
            .count());
    assertNoPersonalData(incidents.toString());

    assertEquals(400, answer(key, disputedId, "dispute", "{}").statusCode());
    HttpResponse<String> d = answer(key, disputedId, "dispute", "{\"reason\":\"POD_SIGNED\"}");
    assertEquals("DISPUTED", Http.json(d).getString("state"), d.body());
    HttpResponse<String> a = answer(key, acknowledgedId, "acknowledge", "{}");
    assertEquals("ACKNOWLEDGED", Http.json(a).getString("state"), a.body());

    world.refreshScores();
    JsonObject card =
        Http.json(
            http()
                .request(
                    "GET",
                    "api/v1/admin/carriers/UPS/scorecard?days=30",
                    null,
                    "Authorization",
                    CarrierWorld.admin()));
    assertTrue(card.getJsonObject("incidents").getInt("DISPUTED") >= 1, card.toString());
    assertTrue(card.getJsonObject("incidents").getInt("ACKNOWLEDGED") >= 1, card.toString());
    assertTrue(card.getJsonNumber("shipments").longValue() >= 32);
    assertTrue(
        card.getJsonObject("complaintsPerThousand").getJsonNumber("LEFT_UNSAFE").doubleValue() > 0);
  }

  @Test
  void carriersSeeOnlyTheirOwnDataAndNeedTheirKey() throws Exception {
    CarrierWorld world = new CarrierWorld(http());
    String ups = world.register(CarrierWorld.UPS, null);
    String other = world.register("it-other", null);
    String number = CarrierWorld.upsNumber();
    CarrierWorld.shipments(CarrierWorld.UPS, 1, number);
    world.leftUnsafeComplaint(number);
    long id = incidentId(array(carrierGet(ups, "me", "incidents")), number);

    assertProblem(401, carrierGet(null, "me", "reports"));
    assertProblem(401, carrierGet("olk_" + "x".repeat(43), "me", "incidents"));
    assertProblem(403, carrierGet(other, "UPS", "reports"));
    assertProblem(403, carrierGet(other, "UPS", "incidents"));
    assertProblem(403, answer(other, id, "acknowledge", "{}"));
    assertEquals(200, carrierGet(ups, "UPS", "incidents").statusCode());
    assertTrue(
        array(carrierGet(other, "me", "incidents")).stream()
            .noneMatch(i -> i.asJsonObject().getString("trackingNumber").equals(number)));
  }

  @Test
  void adminExportsCsvAndTheExportNeedsTheAdminLogin() throws Exception {
    CarrierWorld world = new CarrierWorld(http());
    world.register(CarrierWorld.UPS, null);
    String number = CarrierWorld.upsNumber();
    CarrierWorld.shipments(CarrierWorld.UPS, 31, number);
    world.leftUnsafeComplaint(number);
    world.refreshScores();

    assertEquals(
        401,
        http().request("GET", "api/v1/admin/carriers/reports.csv", null, null, null).statusCode());
    HttpResponse<String> csv =
        http()
            .request(
                "GET",
                "api/v1/admin/carriers/reports.csv?days=30",
                null,
                "Authorization",
                CarrierWorld.admin());
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().startsWith("schema_version,carrier,"), csv.body());
    assertTrue(csv.body().contains(",UPS,"), csv.body());
    HttpResponse<String> incidents =
        http()
            .request(
                "GET",
                "api/v1/admin/carriers/UPS/incidents.csv?days=30",
                null,
                "Authorization",
                CarrierWorld.admin());
    assertTrue(incidents.body().contains(number), incidents.body());
    assertEquals(List.of(), SCANNER.findingsInText(csv.body()));
    assertEquals(List.of(), SCANNER.findingsInText(incidents.body()));
  }

  @Test
  void dashboardShowsRankingChartsAndIncidentsInHeadlessChromium() throws Exception {
    CarrierWorld world = new CarrierWorld(http());
    world.register(CarrierWorld.UPS, null);
    String rival = "it-rival-" + UUID.randomUUID().toString().substring(0, 6);
    world.register(rival, null);
    String number = CarrierWorld.upsNumber();
    CarrierWorld.shipments(CarrierWorld.UPS, 31, number);
    CarrierWorld.shipments(rival, 31);
    world.leftUnsafeComplaint(number);
    world.refreshScores();

    try (DashboardBrowser browser = new DashboardBrowser(CarrierWorld.admin())) {
      var driver = browser.driver();
      driver.get(http().resolve("admin/carriers.html").toString());
      browser.await(
          d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")),
          Duration.ofSeconds(30));
      var rows = driver.findElements(By.cssSelector("#ranking tbody tr"));
      assertTrue(rows.size() >= 2, "ranking rows: " + rows.size());
      assertTrue(
          driver
                  .findElements(By.cssSelector("#ranking tbody tr[data-carrier='" + rival + "']"))
                  .size()
              == 1);
      assertTrue(
          Integer.parseInt(
                  driver.findElement(By.id("ranking-chart")).getDomAttribute("data-points"))
              >= 4);
      Object trend =
          driver.executeScript(
              "const c = Chart.getChart('trend-chart'); return c ? c.data.datasets.length : -1;");
      assertTrue(((Number) trend).intValue() >= 2, "trend datasets: " + trend);
      assertTrue(driver.findElements(By.cssSelector("#incidents tbody tr")).size() >= 1);
      assertFalse(driver.findElement(By.id("error")).isDisplayed());
    }
  }

  @Test
  void everyStoredReportIsFreeOfPersonalData() throws Exception {
    CarrierWorld world = new CarrierWorld(http());
    String key = world.register(CarrierWorld.UPS, null);
    String number = CarrierWorld.upsNumber();
    CarrierWorld.shipments(CarrierWorld.UPS, 30, number);
    world.leftUnsafeComplaint(number);
    String days = Integer.toString(1 + (int) (Math.random() * 300));
    HttpResponse<String> produced =
        http().post("api/v1/admin/carriers/UPS/reports?days=" + days, "{}", CarrierWorld.admin());
    assertEquals(200, produced.statusCode(), produced.body());

    JsonArray reports = array(carrierGet(key, "me", "reports"));
    assertTrue(reports.size() >= 1);
    for (JsonValue r : reports) {
      assertNoPersonalData(
          carrierGet(key, "me", "reports/" + r.asJsonObject().getInt("id")).body());
    }
  }

  private HttpResponse<String> carrierGet(String key, String carrier, String path) {
    return http()
        .request("GET", "api/v1/carriers/" + carrier + "/" + path, null, "X-Carrier-Key", key);
  }

  private HttpResponse<String> answer(String key, long id, String action, String body) {
    return http()
        .request(
            "POST",
            "api/v1/carriers/me/incidents/" + id + "/" + action,
            body,
            "X-Carrier-Key",
            key);
  }

  private static JsonArray array(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static long incidentId(JsonArray incidents, String trackingNumber) {
    return incidents.stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("trackingNumber").equals(trackingNumber))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no incident for " + trackingNumber + " in " + incidents))
        .getJsonNumber("id")
        .longValue();
  }

  private static void assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
  }

  private static void assertNoPersonalData(String json) {
    assertEquals(List.of(), SCANNER.findings(json));
  }

  private static void awaitRequests(String path, int count) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 40_000;
    while (wiremock.findAll(postRequestedFor(urlEqualTo(path))).size() < count) {
      assertTrue(System.currentTimeMillis() < deadline, "report not pushed in time to " + path);
      Thread.sleep(250);
    }
  }
}
