package dev.orderlens.platform.security;

import static dev.orderlens.platform.security.WebhookSignature.Verdict.MALFORMED;
import static dev.orderlens.platform.security.WebhookSignature.Verdict.MISMATCH;
import static dev.orderlens.platform.security.WebhookSignature.Verdict.MISSING;
import static dev.orderlens.platform.security.WebhookSignature.Verdict.NO_SECRET_CONFIGURED;
import static dev.orderlens.platform.security.WebhookSignature.Verdict.STALE;
import static dev.orderlens.platform.security.WebhookSignature.Verdict.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final Optional<String> SECRET = Optional.of("s3cret");
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
  private static final byte[] BODY = "{\"eventId\":\"e1\"}".getBytes(StandardCharsets.UTF_8);

  private static WebhookSignature.Verdict verify(Optional<String> secret, String ts, String sig) {
    return WebhookSignature.verify(secret, ts, sig, BODY, NOW, FIVE_MINUTES);
  }

  @Test
  void signatureOverTimestampDotBodyIsAccepted() {
    long ts = NOW.getEpochSecond();
    assertEquals(VALID, verify(SECRET, "" + ts, WebhookSignature.header("s3cret", ts, BODY)));
  }

  @Test
  void signatureIsLowerCaseHexAsOpensslComputesIt() {
    // printf '%s' '1764072000.{"eventId":"e1"}' | openssl dgst -sha256 -hmac s3cret
    assertEquals(
        "sha256=fc457323c61b2a4e8b677a64e5ecfc1fc34b03c2d515b327b9b26b63f3039ab1",
        WebhookSignature.header("s3cret", 1764072000L, BODY));
  }

  @Test
  void anotherSecretIsRefused() {
    long ts = NOW.getEpochSecond();
    assertEquals(MISMATCH, verify(SECRET, "" + ts, WebhookSignature.header("other", ts, BODY)));
  }

  @Test
  void aChangedBodyIsRefused() {
    long ts = NOW.getEpochSecond();
    String sig = WebhookSignature.header("s3cret", ts, "{\"eventId\":\"e2\"}".getBytes());
    assertEquals(MISMATCH, verify(SECRET, "" + ts, sig));
  }

  @Test
  void aTimestampSixMinutesOldIsAReplay() {
    long ts = NOW.minusSeconds(360).getEpochSecond();
    assertEquals(STALE, verify(SECRET, "" + ts, WebhookSignature.header("s3cret", ts, BODY)));
  }

  @Test
  void aTimestampFromTheFutureBeyondToleranceIsRefused() {
    long ts = NOW.plusSeconds(301).getEpochSecond();
    assertEquals(STALE, verify(SECRET, "" + ts, WebhookSignature.header("s3cret", ts, BODY)));
  }

  @Test
  void missingHeadersAreRefused() {
    assertEquals(MISSING, verify(SECRET, null, "sha256=00"));
    assertEquals(MISSING, verify(SECRET, "1", null));
  }

  @Test
  void malformedHeadersAreRefused() {
    assertEquals(MALFORMED, verify(SECRET, "yesterday", "sha256=00"));
    assertEquals(MALFORMED, verify(SECRET, "" + NOW.getEpochSecond(), "md5=00"));
    assertEquals(MALFORMED, verify(SECRET, "" + NOW.getEpochSecond(), "sha256=zz"));
  }

  @Test
  void withoutASecretNothingIsAccepted() {
    long ts = NOW.getEpochSecond();
    String sig = WebhookSignature.header("any", ts, BODY);
    assertEquals(NO_SECRET_CONFIGURED, verify(Optional.empty(), "" + ts, sig));
    assertEquals(NO_SECRET_CONFIGURED, verify(Optional.of(" "), "" + ts, sig));
  }
}
