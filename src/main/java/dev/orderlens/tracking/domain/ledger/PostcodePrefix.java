package dev.orderlens.tracking.domain.ledger;

import java.util.Locale;

/**
 * The part of a postcode that carrier scoring may keep: the postal district, never the full code,
 * which in many countries narrows an address down to a street. Four-character codes (AT, BE, CH,
 * DK, HU, …) keep two characters, longer ones three (IT {@code 00184} → {@code 001}, GB {@code SW1A
 * 1AA} → {@code SW1}).
 */
public final class PostcodePrefix {

  private PostcodePrefix() {}

  /** The prefix, or null when there is no postcode. */
  public static String of(String postcode) {
    if (postcode == null) {
      return null;
    }
    String compact = postcode.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    if (compact.isEmpty()) {
      return null;
    }
    int keep = compact.length() <= 4 ? 2 : 3;
    return compact.substring(0, Math.min(keep, compact.length()));
  }
}
