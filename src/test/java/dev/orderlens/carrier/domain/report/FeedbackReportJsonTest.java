package dev.orderlens.carrier.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackReportJsonTest {

  private static final MiniSchemaValidator SCHEMA =
      new MiniSchemaValidator("carrier/feedback-report-1.0.schema.json");

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void writesAnEmptyMonthWithUndefinedRatesAsNull() {
    assertEquals(
        "{\"schemaVersion\":\"1.0\",\"carrier\":\"dhl\","
            + "\"period\":{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"},"
            + "\"generatedAt\":\"2026-12-01T06:00:00Z\",\"shipments\":0,"
            + "\"rates\":{\"onTime\":null,\"firstAttempt\":null,\"disputedAttempt\":null,"
            + "\"damage\":null},\"transitWorkingDays\":{\"p50\":null,\"p95\":null},"
            + "\"complaintsPerThousand\":{\"LATE\":0,\"FALSE_ATTEMPT\":0,\"LOST\":0,\"DAMAGED\":0,"
            + "\"LEFT_UNSAFE\":0,\"DELIVERED_NOT_RECEIVED\":0,\"DRIVER_CONDUCT\":0},"
            + "\"incidents\":[]}",
        FeedbackReportJson.write(ReportFixtures.quietMonth()));
  }

  @Test
  void writesRatesAndIncidentsOfAMonth() {
    // 4 shipments, 3 delivered: on time 2/3, first attempt 2/3, disputed 1/1, damage 1/4;
    // one carrier-blamed FALSE_ATTEMPT, DAMAGED and LOST each → 1/4 = 250 per 1,000.
    // Transit 2 3 4: p50 rank 2 → 3, p95 rank 3 → 4.
    JsonObject json = parse(FeedbackReportJson.write(ReportFixtures.dhlNovember()));

    JsonObject rates = json.getJsonObject("rates");
    assertEquals(4, json.getInt("shipments"));
    assertEquals(0.6667, rates.getJsonNumber("onTime").doubleValue());
    assertEquals(0.6667, rates.getJsonNumber("firstAttempt").doubleValue());
    assertEquals(1, rates.getJsonNumber("disputedAttempt").doubleValue());
    assertEquals(0.25, rates.getJsonNumber("damage").doubleValue());
    assertEquals(3, json.getJsonObject("transitWorkingDays").getInt("p50"));
    assertEquals(4, json.getJsonObject("transitWorkingDays").getInt("p95"));
    assertEquals(
        250, json.getJsonObject("complaintsPerThousand").getJsonNumber("LOST").doubleValue());

    JsonObject first = json.getJsonArray("incidents").getJsonObject(0);
    assertEquals("JJD000390007712345", first.getString("trackingNumber"));
    assertEquals("FALSE_ATTEMPT", first.getString("category"));
    assertEquals("AttemptFail_002", first.getString("carrierStatusCode"));
    assertEquals("10", first.getString("postcodePrefix"));
    assertEquals("OPEN", first.getString("state"));
    JsonObject lost = json.getJsonArray("incidents").getJsonObject(2);
    assertEquals("DISPUTED", lost.getString("state"));
    assertEquals("SCAN_AT_HUB", lost.getString("disputeReason"));
    assertEquals("101", lost.getString("postcodePrefix"));
  }

  @Test
  void sameReportAlwaysGivesTheSameBytes() {
    assertEquals(
        FeedbackReportJson.write(ReportFixtures.dhlNovember()),
        FeedbackReportJson.write(ReportFixtures.dhlNovember()));
  }

  @Test
  void everyReportMatchesTheVersionOneSchema() {
    for (FeedbackReport report : ReportFixtures.allReports()) {
      assertEquals(List.of(), SCHEMA.violations(FeedbackReportJson.write(report)));
    }
  }

  @Test
  void schemaRejectsAFieldItDoesNotDefine() {
    String json = FeedbackReportJson.write(ReportFixtures.quietMonth());
    String withName = json.replace("\"carrier\":\"dhl\"", "\"carrier\":\"dhl\",\"customer\":\"x\"");

    assertEquals(List.of("$: additional property customer"), SCHEMA.violations(withName));
  }
}
