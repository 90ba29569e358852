package dev.orderlens.carrier.domain.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * SHA-256 of a customer's words. Keeping the digest instead of the text lets a carrier or an
 * auditor check a quoted message against the record without Orderlens storing or sending it. The
 * text is NFC-normalised and its whitespace collapsed first, so the same message re-sent with other
 * line breaks has the same digest. Printed as {@code sha256:<64 lower-case hex digits>}.
 */
public record TextDigest(String hex) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
  private static final String PREFIX = "sha256:";

  public TextDigest {
    Objects.requireNonNull(hex, "hex");
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("A SHA-256 digest is 64 lower-case hex digits");
    }
  }

  public static TextDigest of(String text) {
    String canonical =
        Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFC)
            .strip()
            .replaceAll("\\s+", " ");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return new TextDigest(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Reads {@code sha256:<hex>} as printed by {@link #toString()}. */
  public static TextDigest parse(String value) {
    if (value == null || !value.startsWith(PREFIX)) {
      throw new IllegalArgumentException("Expected sha256:<hex>");
    }
    return new TextDigest(value.substring(PREFIX.length()));
  }

  @Override
  public String toString() {
    return PREFIX + hex;
  }
}
