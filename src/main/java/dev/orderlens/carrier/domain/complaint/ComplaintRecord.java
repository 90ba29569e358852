package dev.orderlens.carrier.domain.complaint;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.tracking.domain.Blame;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A courier complaint as it is kept and reported: which parcel, which ticket first raised it, what
 * it is, how sure we are, the suspicion signals and tracking event codes behind it, and the
 * customer's words as a digest only. There is one per {@link ComplaintKey}; a later ticket about
 * the same parcel and category is {@linkplain #mergedWith merged} into the first.
 *
 * @param trackingNumber the parcel, canonical (no spaces, upper case)
 * @param ticketReference the helpdesk ticket that first raised it
 * @param signals suspicion signals from tracking, e.g. {@code NO_OUT_FOR_DELIVERY_SCAN}
 * @param evidenceEventCodes tracking event codes that support it, e.g. {@code AttemptFail_002}
 * @param customerWords SHA-256 of the customer's message, never the message
 */
public record ComplaintRecord(
    String trackingNumber,
    String carrier,
    String ticketReference,
    ComplaintCategory category,
    double confidence,
    Blame blame,
    List<String> signals,
    List<String> evidenceEventCodes,
    TextDigest customerWords) {

  public ComplaintRecord {
    trackingNumber = ComplaintKey.canonical(trackingNumber);
    Objects.requireNonNull(ticketReference, "ticket reference");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(customerWords, "customer words digest");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("Confidence is between 0 and 1");
    }
    blame = blame == null ? Blame.UNKNOWN : blame;
    signals = signals == null ? List.of() : List.copyOf(signals);
    evidenceEventCodes = evidenceEventCodes == null ? List.of() : List.copyOf(evidenceEventCodes);
  }

  /** Records what the classifier found; the message itself is digested here and dropped. */
  public static ComplaintRecord of(
      String trackingNumber,
      String ticketReference,
      CourierComplaint complaint,
      String customerMessage,
      List<String> signals,
      List<String> evidenceEventCodes) {
    return new ComplaintRecord(
        trackingNumber,
        complaint.carrier(),
        ticketReference,
        complaint.category(),
        complaint.confidence(),
        complaint.blame(),
        signals,
        evidenceEventCodes,
        TextDigest.of(customerMessage));
  }

  public ComplaintKey key() {
    return new ComplaintKey(trackingNumber, category);
  }

  /** Whether this complaint counts against the carrier's scorecard. */
  public boolean countsAgainstCarrier() {
    return blame == Blame.CARRIER;
  }

  /**
   * Folds a later complaint about the same parcel and category into this one: the first ticket and
   * message digest stay, the higher confidence and the newer blame assessment win, signals and
   * evidence are united.
   *
   * @throws IllegalArgumentException when the other complaint has another key
   */
  public ComplaintRecord mergedWith(ComplaintRecord later) {
    if (!key().equals(later.key())) {
      throw new IllegalArgumentException("Only complaints with the same key merge");
    }
    return new ComplaintRecord(
        trackingNumber,
        carrier != null ? carrier : later.carrier,
        ticketReference,
        category,
        Math.max(confidence, later.confidence),
        later.blame == Blame.UNKNOWN ? blame : later.blame,
        union(signals, later.signals),
        union(evidenceEventCodes, later.evidenceEventCodes),
        customerWords);
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
