package dev.orderlens.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.tracking.domain.detection.CarrierDetector;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

/**
 * Test data for the carrier feature: carriers registered through the admin API, shipments written
 * straight into MariaDB (tracking fills that table in production), and tickets that become courier
 * complaints through the generic webhook. Every call makes fresh, unique data.
 */
final class CarrierWorld {
  /** The carrier the classifier names for UPS-format tracking numbers. */
  static final String UPS = "UPS";

  static final String CUSTOMER_NAMES_CSV = "Anna Rossi,Marco Bianchi";

  private static final Random RANDOM = new Random();
  private final Http http;

  CarrierWorld(Http http) {
    this.http = http;
  }

  static String admin() {
    return Http.basic(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
  }

  /** Registers (or re-keys) a carrier and returns its new API key. */
  String register(String code, String pushUrl) {
    String body =
        pushUrl == null
            ? "{\"name\":\"" + code + "\"}"
            : "{\"name\":\"" + code + "\",\"pushUrl\":\"" + pushUrl + "\"}";
    HttpResponse<String> r =
        http.put("api/v1/admin/carriers/" + code.replace(" ", "%20"), body, admin());
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r).getString("apiKey");
  }

  /** A valid UPS tracking number nobody used before (check digit found by the detector). */
  static String upsNumber() {
    CarrierDetector detector = new CarrierDetector();
    while (true) {
      String serial =
          "1Z"
              + String.format("%06d", RANDOM.nextInt(1_000_000))
              + "03"
              + String.format("%07d", RANDOM.nextInt(10_000_000));
      for (int check = 0; check < 10; check++) {
        if (detector.recognises(serial + check)) {
          return serial + check;
        }
      }
    }
  }

  /** {@code count} shipments of a carrier promised in the last weeks, most delivered on time. */
  static void shipments(String carrier, int count, String... trackingNumbers) throws SQLException {
    try (Connection c = Database.connect();
        PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO shipment (carrier, tracking_number, service, destination_postcode_prefix,"
                    + " destination_country, promised_date, shipped_at, first_attempt_at,"
                    + " delivered_at, status, transit_working_days, updated_at)"
                    + " VALUES (?, ?, 'standard', '101', 'DE', ?, ?, ?, ?, 'DELIVERED', ?, ?)")) {
      for (int i = 0; i < count; i++) {
        String number =
            i < trackingNumbers.length
                ? trackingNumbers[i]
                : "IT" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        LocalDate promised = TestClock.today().minusDays(1 + RANDOM.nextInt(5));
        int late = i % 5 == 0 ? 2 : 0;
        var delivered = promised.plusDays(late).atTime(14, 0);
        p.setString(1, carrier);
        p.setString(2, number);
        p.setObject(3, promised);
        p.setObject(4, promised.minusDays(3).atTime(9, 0));
        p.setObject(5, delivered);
        p.setObject(6, delivered);
        p.setInt(7, 2 + late);
        p.setObject(8, delivered);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /**
   * Sends a ticket whose customer says the courier left the parcel outside: a LEFT_UNSAFE
   * complaint.
   */
  JsonObject leftUnsafeComplaint(String trackingNumber) {
    return complaint(
        trackingNumber,
        "The courier left the parcel outside on the doorstep in the rain. Anna Rossi, Via Roma 1");
  }

  /** The buyer of an order shipped as {@code trackingNumber} writes {@code text} about it. */
  JsonObject complaint(String trackingNumber, String text) {
    String number = Samples.uniqueNumber();
    String buyer = Samples.uniqueEmail();
    String order =
        Samples.importedOrder(number, buyer)
            .replace(
                "\"carrier\": \"BRT\", \"trackingNumber\": \""
                    + Samples.trackingNumberOf(number)
                    + "\"",
                "\"carrier\": \"UPS\", \"trackingNumber\": \"" + trackingNumber + "\"")
            // The order's promise becomes the stored shipment's: keep it inside the scored period.
            .replace(
                "\"promisedTo\": \"" + Samples.promisedTo() + "\"",
                "\"promisedTo\": \"" + TestClock.daysAgo(2) + "\"");
    assertEquals(200, http.importOrders(order).statusCode());
    HttpResponse<String> r =
        http.signedWebhook(
            Samples.ticket(
                UUID.randomUUID().toString(), "T-" + number, "Order #" + number, text, buyer));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  void refreshScores() {
    assertEquals(
        200, http.post("api/v1/admin/carriers/rollup?days=60", "{}", admin()).statusCode());
  }
}
