package dev.orderlens.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;

/** Calls of the carrier pull API as a carrier makes them, with its key in X-Carrier-Key. */
final class CarrierApi {
  private final Http http;

  CarrierApi(Http http) {
    this.http = http;
  }

  HttpResponse<String> carrierGet(String key, String carrier, String path) {
    return http.request(
        "GET", "api/v1/carriers/" + carrier + "/" + path, null, "X-Carrier-Key", key);
  }

  HttpResponse<String> answer(String key, long id, String action, String body) {
    return http.request(
        "POST", "api/v1/carriers/me/incidents/" + id + "/" + action, body, "X-Carrier-Key", key);
  }

  HttpResponse<String> adminGet(String path) {
    return http.request("GET", path, null, "Authorization", CarrierWorld.admin());
  }

  static JsonArray array(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  static long incidentId(JsonArray incidents, String trackingNumber) {
    return incidents.stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("trackingNumber").equals(trackingNumber))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no incident for " + trackingNumber + " in " + incidents))
        .getJsonNumber("id")
        .longValue();
  }

  static void assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
  }
}
