package dev.orderlens.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Orderlens' own webhook signature: {@code X-Orderlens-Signature: sha256=<hex HMAC-SHA256(secret,
 * "<timestamp>.<raw body>")>} with the unix-seconds timestamp in {@code X-Orderlens-Timestamp}.
 * Signatures are compared in constant time; a timestamp further than the tolerance from now is a
 * replay. Without a secret nothing verifies.
 */
public final class WebhookSignature {

  /** Why a delivery was or was not accepted. */
  public enum Verdict {
    VALID,
    NO_SECRET_CONFIGURED,
    MISSING,
    MALFORMED,
    STALE,
    MISMATCH;

    public boolean accepted() {
      return this == VALID;
    }
  }

  private static final String PREFIX = "sha256=";

  private WebhookSignature() {}

  public static Verdict verify(
      Optional<String> secret,
      String timestampHeader,
      String signatureHeader,
      byte[] body,
      Instant now,
      Duration tolerance) {
    if (secret.isEmpty() || secret.get().isBlank()) {
      return Verdict.NO_SECRET_CONFIGURED;
    }
    if (timestampHeader == null || signatureHeader == null) {
      return Verdict.MISSING;
    }
    long timestamp;
    byte[] given;
    try {
      timestamp = Long.parseLong(timestampHeader.strip());
      String sig = signatureHeader.strip();
      if (!sig.startsWith(PREFIX)) {
        return Verdict.MALFORMED;
      }
      given = HexFormat.of().parseHex(sig.substring(PREFIX.length()).toLowerCase());
    } catch (IllegalArgumentException e) {
      return Verdict.MALFORMED;
    }
    if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
      return Verdict.STALE;
    }
    byte[] expected = sign(secret.get(), timestampHeader.strip(), body);
    return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.MISMATCH;
  }

  /** The signature header value for a body, as a sender computes it. */
  public static String header(String secret, long timestamp, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(sign(secret, Long.toString(timestamp), body));
  }

  private static byte[] sign(String secret, String timestamp, byte[] body) {
    return Hmac.of(
        "HmacSHA256",
        secret,
        timestamp.getBytes(StandardCharsets.US_ASCII),
        new byte[] {'.'},
        body);
  }
}
