package dev.orderlens.tracking.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The digests tracking providers sign their pushes with, and a constant-time comparison. */
public final class Signatures {

  private Signatures() {}

  public static String hmacSha256Base64(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  public static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** True when both are present and equal, compared in time independent of where they differ. */
  public static boolean same(String expected, String given) {
    return expected != null
        && given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8),
            given.trim().getBytes(StandardCharsets.UTF_8));
  }
}
