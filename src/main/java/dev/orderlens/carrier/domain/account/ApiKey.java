package dev.orderlens.carrier.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A carrier's key for the pull API. It is shown once when issued and kept only as its SHA-256: the
 * key is 256 random bits, so a fast unsalted hash is safe (there is nothing to guess) and lets the
 * key be found by its hash without scanning every carrier.
 */
public final class ApiKey {

  private static final String PREFIX = "olk_";

  private ApiKey() {}

  /** A new random key, e.g. {@code olk_3q2…}. */
  public static String generate(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Lower-case hex SHA-256 of the key as presented. */
  public static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether a presented value looks like a key at all (checked before any lookup). */
  public static boolean wellFormed(String key) {
    return key != null && key.startsWith(PREFIX) && key.length() == PREFIX.length() + 43;
  }
}
