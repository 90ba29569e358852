package dev.orderlens.it;

import dev.orderlens.platform.security.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for black-box tests: signed webhooks, admin calls, JSON answers. */
public final class Http {
  public static final String WEBHOOK_SECRET = "it-webhook-secret";
  public static final String ADMIN_USER = "it-admin";
  public static final String ADMIN_PASSWORD = "it-admin-password";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;

  public Http(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  /** The server root, for /health, /openapi and /metrics, which live outside the application. */
  public URI root(String path) {
    return base.resolve("/" + path);
  }

  public HttpResponse<String> signedWebhook(String body) {
    return webhook(body, TestClock.now().getEpochSecond(), WEBHOOK_SECRET, "application/json");
  }

  public HttpResponse<String> webhook(String body, long timestamp, String secret, String type) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send(
        HttpRequest.newBuilder(base.resolve("api/v1/webhooks/generic"))
            .header("Content-Type", type)
            .header("X-Orderlens-Timestamp", Long.toString(timestamp))
            .header("X-Orderlens-Signature", WebhookSignature.header(secret, timestamp, bytes))
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build());
  }

  public HttpResponse<String> post(String path, String body, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  public HttpResponse<String> put(String path, String body, String authorization) {
    return request("PUT", path, body, "Authorization", authorization);
  }

  /** Any request with an optional body (JSON) and one optional header, e.g. a carrier's key. */
  public HttpResponse<String> request(
      String method, String path, String body, String header, String value) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (header != null && value != null) {
      request.header(header, value);
    }
    return send(request.build());
  }

  /** The absolute URL of a path of the application. */
  public URI resolve(String path) {
    return base.resolve(path);
  }

  public HttpResponse<String> importOrders(String body) {
    return post("api/v1/orders", body, basic(ADMIN_USER, ADMIN_PASSWORD));
  }

  public HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET().build());
  }

  public HttpResponse<String> get(String path, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request.build());
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
