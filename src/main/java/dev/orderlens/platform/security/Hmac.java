package dev.orderlens.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one place Orderlens computes and compares signatures and digests: helpdesk webhooks, tracking
 * pushes, its own signed webhooks and carrier reports. Every comparison goes through {@link
 * MessageDigest#isEqual}, so a forger learns nothing from how long a mismatch took; a value that is
 * not even hex or base64 is a mismatch, not an error.
 */
public final class Hmac {

  private Hmac() {}

  /** HMAC of the parts in order, keyed by the UTF-8 secret; algorithm "HmacSHA256", "HmacSHA1". */
  public static byte[] of(String algorithm, String secret, byte[]... parts) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance(algorithm);
      mac.init(new javax.crypto.spec.SecretKeySpec(utf8(secret), algorithm));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }

  /** HMAC-SHA256 of a body, base64-encoded, as AfterShip and Shopify sign. */
  public static String sha256Base64(String secret, byte[] body) {
    return Base64.getEncoder().encodeToString(of("HmacSHA256", secret, body));
  }

  /** Plain SHA-256 of the data, lower-case hex. */
  public static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Whether a hex signature (any case) equals the expected bytes, in constant time. */
  public static boolean matchesHex(byte[] expected, String givenHex) {
    try {
      return givenHex != null
          && MessageDigest.isEqual(expected, HexFormat.of().parseHex(givenHex.strip()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether a base64 signature equals the expected bytes, in constant time. */
  public static boolean matchesBase64(byte[] expected, String givenBase64) {
    try {
      return givenBase64 != null
          && MessageDigest.isEqual(expected, Base64.getDecoder().decode(givenBase64.strip()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Constant-time equality of two texts (shared secrets and tokens sent as they are); false when
   * either is missing. Whitespace around the given text is not part of it.
   */
  public static boolean sameText(String expected, String given) {
    return expected != null
        && given != null
        && MessageDigest.isEqual(utf8(expected), utf8(given.strip()));
  }

  public static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
