package dev.orderlens.carrier.domain.report;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A postcode cut down to a region: enough to see that a carrier struggles in one area, too little
 * to find a house. Spaces and dashes are dropped, then the first {@code min(3, length - 2)}
 * characters are kept: "10115" → "101", "1051" → "10", "SW1A 1AA" → "SW1", "101000" → "101".
 */
public record PostcodePrefix(String value) {

  private static final Pattern SHAPE = Pattern.compile("[0-9A-Z]{1,3}");

  public PostcodePrefix {
    Objects.requireNonNull(value, "postcode prefix");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("A postcode prefix has one to three letters or digits");
    }
  }

  /** Shortens a full postcode; null or too short to shorten gives null (no region at all). */
  public static PostcodePrefix of(String postcode) {
    if (postcode == null) {
      return null;
    }
    String compact = postcode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    int keep = Math.min(3, compact.length() - 2);
    return keep < 1 ? null : new PostcodePrefix(compact.substring(0, keep));
  }

  @Override
  public String toString() {
    return value;
  }
}
