package dev.orderlens.carrier.domain.complaint;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.carrier.domain.classification.TrackingSignals;
import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.Shipment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which enriched tickets become stored complaints: only a courier complaint blamed on the
 * carrier, about a parcel the ticket names. Retailer, customer, customs or weather problems are not
 * the carrier's to answer for, and a complaint without a parcel cannot be counted per shipment.
 *
 * @param record the complaint as it is kept (message digested, no personal data)
 * @param shipment the parcel it is about, with the tracking story's suspicion
 */
public record ComplaintCapture(ComplaintRecord record, Shipment shipment) {

  /** Suspicion score from which a failed-attempt scan counts as confirmed false. */
  public static final double CONFIRMING_SUSPICION = 0.5;

  public static Optional<ComplaintCapture> from(
      String ticketReference, CourierComplaint complaint, List<Shipment> shipments, String text) {
    if (complaint == null || complaint.blame() != Blame.CARRIER || shipments.isEmpty()) {
      return Optional.empty();
    }
    Shipment parcel =
        shipments.stream()
            .filter(s -> sameCarrier(s.carrier(), complaint.carrier()))
            .findFirst()
            .orElse(shipments.size() == 1 ? shipments.get(0) : null);
    if (parcel == null || !plausible(parcel.trackingNumber())) {
      return Optional.empty();
    }
    if (complaint.category() == ComplaintCategory.FALSE_ATTEMPT
        && !TrackingSignals.from(parcel).attemptScanned()) {
      // The customer's word with no attempt scan to dispute: nothing to hold against the carrier.
      return Optional.empty();
    }
    CourierComplaint asCarried =
        new CourierComplaint(
            complaint.category(),
            complaint.confidence(),
            parcel.carrier() != null ? parcel.carrier() : complaint.carrier(),
            complaint.blame());
    List<String> codes = parcel.subStatus() == null ? List.of() : List.of(parcel.subStatus());
    ComplaintRecord record =
        ComplaintRecord.of(
            parcel.trackingNumber(),
            ticketReference,
            asCarried,
            text,
            parcel.suspicionSignals(),
            codes);
    return record.carrier() == null || record.carrier().length() > MAX_LENGTH
        ? Optional.empty()
        : Optional.of(new ComplaintCapture(record, parcel));
  }

  /**
   * A false "recipient absent" scan is confirmed, and reported to the carrier at once, when the
   * customer says nobody came (FALSE_ATTEMPT, carrier-blamed) and the tracking story agrees: a
   * suspicion score of at least {@link #CONFIRMING_SUSPICION}. The customer's word alone waits for
   * the weekly report.
   */
  public boolean confirmedFalseAttempt() {
    Double score = shipment.suspicionScore();
    return record.category() == ComplaintCategory.FALSE_ATTEMPT
        && record.countsAgainstCarrier()
        && score != null
        && score >= CONFIRMING_SUSPICION;
  }

  /** Tracking numbers and carrier names longer than this are not real ones (and not stored). */
  static final int MAX_LENGTH = 64;

  private static boolean plausible(String trackingNumber) {
    return trackingNumber != null
        && !trackingNumber.isBlank()
        && trackingNumber.strip().length() <= MAX_LENGTH;
  }

  private static boolean sameCarrier(String a, String b) {
    return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}
