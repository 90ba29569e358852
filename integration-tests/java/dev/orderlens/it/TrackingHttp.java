package dev.orderlens.it;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the tracking endpoints as a provider or a lookup client would. */
final class TrackingHttp {

  private final Http http;

  TrackingHttp(URL base) {
    this.http = new Http(base);
  }

  /** An address inside the application, e.g. {@code api/v1/tracking-numbers/…}. */
  URI app(String path) {
    return http.resolve(path);
  }

  /** The carriers a number could belong to. */
  HttpResponse<String> lookup(String number) {
    return http.send(HttpRequest.newBuilder(app("api/v1/tracking-numbers/" + number)).GET());
  }

  /** An AfterShip push signed as AfterShip does: base64 HMAC-SHA256 of the body. */
  HttpResponse<String> pushToAfterShip(String body, String webhookSecret) {
    return push(
        "aftership",
        body,
        "aftership-hmac-sha256",
        TrackingSamples.hmacBase64(webhookSecret, body));
  }

  /** A 17TRACK push signed as 17TRACK does: hex SHA-256 of {@code body/key}. */
  HttpResponse<String> pushTo17Track(String body, String key) {
    return push("17track", body, "sign", TrackingSamples.sha256Hex(body + "/" + key));
  }

  /** A provider's push: the body and the one header that authenticates it. */
  HttpResponse<String> push(String provider, String body, String header, String value) {
    return http.send(
        HttpRequest.newBuilder(app("api/v1/tracking/webhooks/" + provider))
            .header("Content-Type", "application/json")
            .header(header, value)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }
}
