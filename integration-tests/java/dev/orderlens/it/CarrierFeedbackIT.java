package dev.orderlens.it;

import static dev.orderlens.it.CarrierApi.array;
import static dev.orderlens.it.CarrierApi.assertProblem;
import static dev.orderlens.it.CarrierApi.incidentId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.orderlens.carrier.domain.report.PersonalDataScanner;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
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
  private static CarrierEndpointStub carrierEndpoint;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.orderlens();
  }

  @BeforeAll
  static void startWireMock() {
    carrierEndpoint = new CarrierEndpointStub();
  }

  @AfterAll
  static void stopWireMock() {
    carrierEndpoint.stop();
  }

  private Http http() {
    return new Http(base);
  }

  private CarrierApi api() {
    return new CarrierApi(http());
  }

  @Test
  void weeklyReportIsPushedSignedRetriedAfter503AndDeliveredOnce() throws Exception {
    String code = "itpush-" + UUID.randomUUID().toString().substring(0, 8);
    String path = "/carrier/" + code + "/reports";
    CarrierWorld world = new CarrierWorld(http());
    String key = world.register(code, carrierEndpoint.failingOnceAt(path));
    CarrierWorld.shipments(code, 35);

    String trigger = "api/v1/admin/carriers/" + code + "/reports?days=7";
    assertTrue(Http.json(http().post(trigger, "{}", CarrierWorld.admin())).getBoolean("created"));
    assertFalse(Http.json(http().post(trigger, "{}", CarrierWorld.admin())).getBoolean("created"));

    List<LoggedRequest> pushes = carrierEndpoint.received(path, 2);
    assertEquals(2, pushes.size(), "one 503, then one delivery, never a duplicate");
    CarrierEndpointStub.assertSigned(pushes, SECRET);
    String reportKey = pushes.get(1).getHeader("X-Orderlens-Report-Key");
    assertEquals(pushes.get(0).getHeader("X-Orderlens-Report-Key"), reportKey);
    String pushed = pushes.get(1).getBodyAsString();
    assertNoPersonalData(pushed);
    JsonObject json = Json.createReader(new StringReader(pushed)).readObject();
    assertEquals("1.0", json.getString("schemaVersion"));
    assertEquals(35, json.getJsonNumber("shipments").intValue());

    JsonArray listed = array(api().carrierGet(key, "me", "reports"));
    assertEquals(1, listed.size());
    assertEquals(reportKey, listed.getJsonObject(0).getString("key"));
    String pulled =
        api().carrierGet(key, "me", "reports/" + listed.getJsonObject(0).getInt("id")).body();
    assertEquals(pushed, pulled, "the pull API serves the exact body that was pushed");
  }

  @Test
  void aConfirmedFalseAttemptIsReportedToTheCarrierAtOnce() throws Exception {
    String code = "itfa-" + UUID.randomUUID().toString().substring(0, 8);
    String path = "/carrier/" + code + "/reports";
    CarrierWorld world = new CarrierWorld(http());
    world.register(code, carrierEndpoint.failingOnceAt(path));
    String parcel = TrackingSamples.uniqueUpsNumber();
    carrierEndpoint.afterShipAnswers(
        parcel,
        TrackingSamples.afterShipAttemptFailed(parcel)
            .replace("\"slug\": \"ups\"", "\"slug\": \"" + code + "\""));

    JsonObject enrichment =
        world.complaint(
            parcel,
            "The courier says I was not at home, but I was at home all day and nobody rang the bell.");

    assertEquals(
        "FALSE_ATTEMPT", enrichment.getJsonObject("courierComplaint").getString("category"));
    assertTrue(enrichment.getJsonArray("flags").toString().contains("SUSPICIOUS_ATTEMPT"));
    List<LoggedRequest> pushes = carrierEndpoint.received(path, 2);
    assertEquals(2, pushes.size(), "one 503, then one delivery, never a duplicate");
    CarrierEndpointStub.assertSigned(pushes, SECRET);
    String pushed = pushes.get(1).getBodyAsString();
    assertTrue(pushed.contains("FALSE_ATTEMPT"), pushed);
    assertTrue(pushed.contains(parcel), pushed);
    assertNoPersonalData(pushed);
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

    JsonArray incidents = array(api().carrierGet(key, "me", "incidents"));
    long disputedId = incidentId(incidents, disputed);
    long acknowledgedId = incidentId(incidents, acknowledged);
    assertEquals(
        1,
        incidents.stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("trackingNumber").equals(acknowledged))
            .count());
    assertNoPersonalData(incidents.toString());

    assertEquals(400, api().answer(key, disputedId, "dispute", "{}").statusCode());
    HttpResponse<String> d =
        api().answer(key, disputedId, "dispute", "{\"reason\":\"POD_SIGNED\"}");
    assertEquals("DISPUTED", Http.json(d).getString("state"), d.body());
    HttpResponse<String> a = api().answer(key, acknowledgedId, "acknowledge", "{}");
    assertEquals("ACKNOWLEDGED", Http.json(a).getString("state"), a.body());

    world.refreshScores();
    JsonObject card = Http.json(api().adminGet("api/v1/admin/carriers/UPS/scorecard?days=30"));
    assertTrue(card.getJsonObject("incidents").getInt("DISPUTED") >= 1, card.toString());
    assertTrue(card.getJsonObject("incidents").getInt("ACKNOWLEDGED") >= 1, card.toString());
    assertTrue(card.getJsonNumber("shipments").longValue() >= 32, card.toString());
    // One parcel in five was delivered two days late: below the 90 % on-time threshold.
    assertTrue(card.getJsonArray("alerts").toString().contains("ON_TIME"), card.toString());
    assertTrue(
        card.getJsonObject("complaintsPerThousand").getJsonNumber("LEFT_UNSAFE").doubleValue() > 0,
        card.toString());
  }

  @Test
  void carriersSeeOnlyTheirOwnDataAndNeedTheirKey() throws Exception {
    CarrierWorld world = new CarrierWorld(http());
    String ups = world.register(CarrierWorld.UPS, null);
    String other = world.register("it-other", null);
    String number = CarrierWorld.upsNumber();
    CarrierWorld.shipments(CarrierWorld.UPS, 1, number);
    world.leftUnsafeComplaint(number);
    long id = incidentId(array(api().carrierGet(ups, "me", "incidents")), number);

    assertProblem(401, api().carrierGet(null, "me", "reports"));
    assertProblem(401, api().carrierGet("olk_" + "x".repeat(43), "me", "incidents"));
    assertProblem(403, api().carrierGet(other, "UPS", "reports"));
    assertProblem(403, api().carrierGet(other, "UPS", "incidents"));
    assertProblem(403, api().answer(other, id, "acknowledge", "{}"));
    assertEquals(200, api().carrierGet(ups, "UPS", "incidents").statusCode());
    assertTrue(
        array(api().carrierGet(other, "me", "incidents")).stream()
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
    HttpResponse<String> csv = api().adminGet("api/v1/admin/carriers/reports.csv?days=30");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().startsWith("schema_version,carrier,"), csv.body());
    assertTrue(csv.body().contains(",UPS,"), csv.body());
    HttpResponse<String> incidents =
        api().adminGet("api/v1/admin/carriers/UPS/incidents.csv?days=30");
    assertTrue(incidents.body().contains(number), incidents.body());
    assertEquals(List.of(), SCANNER.findingsInText(csv.body()));
    assertEquals(List.of(), SCANNER.findingsInText(incidents.body()));
  }

  @Test
  void dashboardShowsRankingChartsAndIncidentsInHeadlessChromium() throws Exception {
    DashboardBrowser.assumeInstalled();
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
      browser.open(http().resolve("admin/carriers.html").toString());
      assertTrue(browser.rankedCarriers().containsAll(List.of(CarrierWorld.UPS, rival)));
      assertTrue(browser.chartPoints("ranking-chart") >= 4, "bars drawn");
      assertTrue(browser.chartDatasets("trend-chart") >= 2, "a trend line per carrier");
      assertTrue(browser.rows("#incidents tbody tr") >= 1);
      browser.filter("filter-carrier", rival, List::isEmpty); // the rival has no incidents
      browser.filter("filter-carrier", CarrierWorld.UPS, states -> !states.isEmpty());
      browser.filter(
          "filter-state", "OPEN", s -> !s.isEmpty() && s.stream().allMatch("OPEN"::equals));
      assertFalse(browser.errorShown());
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

    JsonArray reports = array(api().carrierGet(key, "me", "reports"));
    assertTrue(reports.size() >= 1);
    for (JsonValue r : reports) {
      assertNoPersonalData(
          api().carrierGet(key, "me", "reports/" + r.asJsonObject().getInt("id")).body());
    }
  }

  private static void assertNoPersonalData(String json) {
    assertEquals(List.of(), SCANNER.findings(json));
  }
}
