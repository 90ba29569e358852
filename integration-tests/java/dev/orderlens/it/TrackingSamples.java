package dev.orderlens.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Tracking test data: unique valid parcel numbers, vendor-shaped payloads and their signatures. */
final class TrackingSamples {
  private TrackingSamples() {}

  /** A fresh UPS 1Z number with a correct check digit, so the ticket text is read as one. */
  static String uniqueUpsNumber() {
    StringBuilder body = new StringBuilder("5R");
    for (int i = 0; i < 13; i++) {
      body.append(ThreadLocalRandom.current().nextInt(10));
    }
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : (c - 63) % 10;
      sum += i % 2 == 0 ? value : 2 * value;
    }
    return "1Z" + body + (10 - sum % 10) % 10;
  }

  /** Departed four days ago, a failed attempt three days ago: dates relative to the test clock. */
  private static String checkpoints() {
    return """
        {"checkpoint_time": "%sT08:10:00+01:00", "tag": "InTransit", "subtag": "InTransit_001",
         "message": "Departed from facility", "location": "Milano, IT", "zip": "20139"},
        {"checkpoint_time": "%sT18:31:00+01:00", "tag": "AttemptFail", "subtag": "AttemptFail_002",
         "message": "The receiver was not available", "city": "Milano", "zip": "20139"}"""
        .formatted(TestClock.daysAgo(4), TestClock.daysAgo(3));
  }

  /** The carrier's estimated delivery date in the AfterShip sample: two days ahead. */
  static String carrierEta() {
    return TestClock.daysAhead(2);
  }

  /** AfterShip's GET /trackings answer: the parcel met nobody at home. */
  static String afterShipAttemptFailed(String number) {
    return """
        {"meta": {"code": 200}, "data": {"trackings": [{
          "id": "it-%s", "tracking_number": "%s", "slug": "ups",
          "tag": "AttemptFail", "subtag": "AttemptFail_002",
          "courier_estimated_delivery_date": {"estimated_delivery_date": "%s"},
          "checkpoints": [%s]}]}}
        """
        .formatted(number, number, carrierEta(), checkpoints());
  }

  /** AfterShip's tracking_update webhook: delivered the next day, earlier checkpoints repeated. */
  static String afterShipDeliveredPush(String number) {
    return """
        {"event": "tracking_update", "event_id": "ev-%s", "msg": {
          "id": "it-%s", "tracking_number": "%s", "slug": "ups",
          "tag": "Delivered", "subtag": "Delivered_001",
          "checkpoints": [%s,
            {"checkpoint_time": "%sT10:02:00+01:00", "tag": "Delivered",
             "subtag": "Delivered_001", "message": "Delivered", "city": "Milano", "zip": "20139"}]}}
        """
        .formatted(number, number, number, checkpoints(), TestClock.daysAgo(2));
  }

  /** 17TRACK's TRACKING_UPDATED webhook for a delivered parcel. */
  static String seventeenTrackDeliveredPush(String number) {
    return """
        {"event": "TRACKING_UPDATED", "data": {"number": "%s", "carrier": 7041, "tag": null,
          "track_info": {
            "latest_status": {"status": "Delivered", "sub_status": "Delivered_Other"},
            "tracking": {"providers": [{"provider": {"key": 7041, "name": "DHL Paket"},
              "events": [{"time_utc": "%sT09:00:00Z", "description": "Zugestellt",
                          "stage": "Delivered", "sub_status": "Delivered_Other"}]}]}}}}
        """
        .formatted(number, TestClock.daysAgo(3));
  }

  static String hmacBase64(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
