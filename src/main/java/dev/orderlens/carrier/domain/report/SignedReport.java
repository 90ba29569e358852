package dev.orderlens.carrier.domain.report;

import dev.orderlens.platform.security.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A report body with its signature, ready for an adapter to send. The scheme is Orderlens' own
 * webhook signature, so carriers verify reports the way shops verify Orderlens webhooks:
 *
 * <pre>
 * X-Orderlens-Timestamp: &lt;unix seconds&gt;
 * X-Orderlens-Signature: sha256=&lt;lower-case hex HMAC-SHA256(secret, "&lt;timestamp&gt;.&lt;body&gt;")&gt;
 * </pre>
 *
 * The body is the exact UTF-8 bytes sent; the receiver recomputes the HMAC over the timestamp, a
 * dot and the raw body, compares in constant time and rejects timestamps too far from its clock.
 * The secret is per carrier and comes from the environment; the timestamp is passed in (no clock
 * here).
 */
public record SignedReport(String body, long timestamp, String signature) {

  public static final String TIMESTAMP_HEADER = "X-Orderlens-Timestamp";
  public static final String SIGNATURE_HEADER = "X-Orderlens-Signature";
  public static final String CONTENT_TYPE = "application/json";

  public SignedReport {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(signature, "signature");
  }

  /** Serialises and signs a report. */
  public static SignedReport of(FeedbackReport report, String secret, long timestamp) {
    return sign(FeedbackReportJson.write(report), secret, timestamp);
  }

  /** Signs an already serialised body. */
  public static SignedReport sign(String body, String secret, long timestamp) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("Reports are only sent signed: no secret configured");
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return new SignedReport(body, timestamp, WebhookSignature.header(secret, timestamp, bytes));
  }
}
