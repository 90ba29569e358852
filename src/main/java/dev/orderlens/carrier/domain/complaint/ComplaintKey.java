package dev.orderlens.carrier.domain.complaint;

import dev.orderlens.carrier.domain.ComplaintCategory;
import java.util.Locale;
import java.util.Objects;

/**
 * Identity of a complaint: one per shipment and category. A customer who writes three times about
 * the same crushed box is one damage complaint, not three, so a carrier's complaint rate counts
 * parcels, not e-mails. Persistence should hold a unique constraint on it. The tracking number is
 * compared without spaces and case ("jjd 0001" is "JJD0001").
 */
public record ComplaintKey(String trackingNumber, ComplaintCategory category) {

  public ComplaintKey {
    trackingNumber = canonical(trackingNumber);
    Objects.requireNonNull(category, "category");
  }

  static String canonical(String trackingNumber) {
    Objects.requireNonNull(trackingNumber, "tracking number");
    String compact = trackingNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (compact.isEmpty()) {
      throw new IllegalArgumentException("A complaint needs a tracking number");
    }
    return compact;
  }
}
