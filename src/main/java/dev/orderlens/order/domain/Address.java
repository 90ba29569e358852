package dev.orderlens.order.domain;

/** A postal address. {@code countryCode} is ISO 3166-1 alpha-2. */
public record Address(
    String line1, String line2, String city, String postcode, String region, String countryCode) {

  /** The first characters of the postcode: enough for statistics, too little to find a house. */
  public String postcodePrefix(int length) {
    if (postcode == null) {
      return null;
    }
    String compact = postcode.replaceAll("\\s", "");
    return compact.substring(0, Math.min(length, compact.length()));
  }
}
