package dev.orderlens.carrier.infrastructure;

import dev.orderlens.carrier.domain.account.CarrierAccount;
import dev.orderlens.carrier.domain.account.CarrierDirectory;
import dev.orderlens.carrier.domain.report.SignedReport;
import dev.orderlens.platform.outbox.DeliveryException;
import dev.orderlens.platform.outbox.OutboxEntry;
import dev.orderlens.platform.outbox.OutboxHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * Pushes a queued report to its carrier's endpoint, signed at the moment of sending (so a retry
 * carries a fresh timestamp the receiver accepts). The report key travels in {@value #KEY_HEADER}:
 * should a delivery reach the carrier but its answer get lost, the carrier sees the same key again.
 * 408, 425, 429 and 5xx are retried (honouring Retry-After in seconds); other refusals are final.
 */
@ApplicationScoped
public class ReportPushHandler implements OutboxHandler {
  public static final String KIND = "carrier-report";
  public static final String KEY_HEADER = "X-Orderlens-Report-Key";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Inject CarrierDirectory carriers;
  @Inject Clock clock;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void deliver(OutboxEntry entry) {
    CarrierAccount carrier =
        carriers
            .byCode(entry.target())
            .filter(c -> c.pushUrl() != null)
            .orElseThrow(() -> DeliveryException.permanent("No push endpoint for the carrier"));
    String secret =
        carriers
            .secret(carrier)
            .orElseThrow(
                () ->
                    DeliveryException.retryable(
                        carrier.secretRef() + " is not set", Duration.ofMinutes(10)));
    SignedReport signed =
        SignedReport.sign(entry.payload(), secret, clock.instant().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(carrier.pushUrl()))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", SignedReport.CONTENT_TYPE)
            .header(SignedReport.TIMESTAMP_HEADER, Long.toString(signed.timestamp()))
            .header(SignedReport.SIGNATURE_HEADER, signed.signature())
            .header(KEY_HEADER, entry.dedupKey())
            .POST(HttpRequest.BodyPublishers.ofString(signed.body()))
            .build();
    HttpResponse<Void> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw DeliveryException.retryable(
          "Carrier endpoint unreachable: " + e.getClass().getSimpleName(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryException.retryable("Interrupted", null);
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      return;
    }
    if (status == 408 || status == 425 || status == 429 || status / 100 == 5) {
      throw DeliveryException.retryable("Carrier answered " + status, retryAfter(response));
    }
    throw DeliveryException.permanent("Carrier refused the report: " + status);
  }

  private static Duration retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .filter(v -> v.matches("\\d{1,6}"))
        .map(v -> Duration.ofSeconds(Long.parseLong(v)))
        .orElse(null);
  }
}
