package dev.orderlens.carrier.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orderlens.platform.security.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedReportTest {

  @Test
  void signsTimestampDotBodyWithHmacSha256() {
    // python3: hmac.new(b'carrier-secret', b'1764568800.{"schemaVersion":"1.0"}', sha256)
    SignedReport signed =
        SignedReport.sign("{\"schemaVersion\":\"1.0\"}", "carrier-secret", 1764568800L);

    assertEquals(
        "sha256=a1ff6c3669b4f98f19973e86ee00495791fafe4d4caa241f005288cfc142a35a",
        signed.signature());
  }

  @Test
  void carrierCanVerifyASignedReport() {
    SignedReport signed =
        SignedReport.of(ReportFixtures.dhlNovember(), "carrier-secret", 1764568800L);

    WebhookSignature.Verdict verdict =
        WebhookSignature.verify(
            Optional.of("carrier-secret"),
            Long.toString(signed.timestamp()),
            signed.signature(),
            signed.body().getBytes(StandardCharsets.UTF_8),
            Instant.ofEpochSecond(1764568800L + 60),
            Duration.ofMinutes(5));

    assertEquals(WebhookSignature.Verdict.VALID, verdict);
  }

  @Test
  void tamperedBodyNoLongerVerifies() {
    SignedReport signed =
        SignedReport.of(ReportFixtures.dhlNovember(), "carrier-secret", 1764568800L);
    String tampered = signed.body().replace("\"shipments\":4", "\"shipments\":40");

    assertEquals(
        WebhookSignature.Verdict.MISMATCH,
        WebhookSignature.verify(
            Optional.of("carrier-secret"),
            Long.toString(signed.timestamp()),
            signed.signature(),
            tampered.getBytes(StandardCharsets.UTF_8),
            Instant.ofEpochSecond(1764568800L),
            Duration.ofMinutes(5)));
  }

  @Test
  void refusesToSignWithoutASecret() {
    assertThrows(IllegalArgumentException.class, () -> SignedReport.sign("{}", " ", 1L));
  }
}
