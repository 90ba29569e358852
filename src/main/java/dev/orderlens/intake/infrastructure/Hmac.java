package dev.orderlens.intake.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC arithmetic the helpdesk signatures share. Every comparison goes through {@link
 * MessageDigest#isEqual}, so a forger learns nothing from how long a mismatch took; a value that is
 * not even hex or base64 is a mismatch, not an error.
 */
public final class Hmac {

  private Hmac() {}

  /** HMAC of the parts in order, keyed by the UTF-8 secret; algorithm "HmacSHA256", "HmacSHA1". */
  public static byte[] of(String algorithm, String secret, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }

  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Whether a hex signature (any case) equals the expected bytes, in constant time. */
  public static boolean matchesHex(byte[] expected, String givenHex) {
    try {
      return MessageDigest.isEqual(expected, HexFormat.of().parseHex(givenHex.strip()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether a base64 signature equals the expected bytes, in constant time. */
  public static boolean matchesBase64(byte[] expected, String givenBase64) {
    try {
      return MessageDigest.isEqual(expected, Base64.getDecoder().decode(givenBase64.strip()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Constant-time equality of two texts, for shared secrets sent as they are. */
  public static boolean sameText(String expected, String given) {
    return given != null && MessageDigest.isEqual(utf8(expected), utf8(given));
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
