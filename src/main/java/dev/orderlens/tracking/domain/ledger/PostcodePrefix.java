package dev.orderlens.tracking.domain.ledger;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A postcode cut down to a region: enough to see that a carrier struggles in one area, too little
 * to find a house. The one rule for what the shipment ledger stores and what carrier reports show.
 * Everything but letters and digits is dropped, then the first {@code min(3, length - 2)}
 * characters are kept: "10115" → "101", "1051" → "10", "SW1A 1AA" → "SW1", "101000" → "101", "123"
 * → "1"; a code of two characters or fewer has no region at all.
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
    String compact = postcode.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    int keep = Math.min(3, compact.length() - 2);
    return keep < 1 ? null : new PostcodePrefix(compact.substring(0, keep));
  }

  /** The prefix of a full postcode as text, or null when it has none. */
  public static String textOf(String postcode) {
    PostcodePrefix prefix = of(postcode);
    return prefix == null ? null : prefix.value();
  }

  @Override
  public String toString() {
    return value;
  }
}
