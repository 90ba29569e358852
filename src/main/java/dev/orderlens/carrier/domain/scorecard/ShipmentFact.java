package dev.orderlens.carrier.domain.scorecard;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.complaint.ComplaintRecord;
import dev.orderlens.tracking.domain.Blame;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one shipment contributes to a scorecard. Times carry the scan's own offset, so "by the
 * promised date" is judged in the destination's calendar.
 *
 * @param region destination postcode prefix
 * @param firstAttemptAt the first delivery-attempt scan; equal to {@code deliveredAt} or null when
 *     the parcel was delivered at the first attempt
 * @param attemptDisputed whether the customer disputes that first (failed) attempt
 * @param transitWorkingDays working days from hand-over to delivery, or null when not delivered
 * @param complaints at most one complaint per category (one per shipment and category), with its
 *     blame
 */
public record ShipmentFact(
    String carrier,
    String service,
    String region,
    LocalDate promisedDate,
    OffsetDateTime firstAttemptAt,
    OffsetDateTime deliveredAt,
    boolean attemptDisputed,
    Integer transitWorkingDays,
    Map<ComplaintCategory, Blame> complaints) {

  public ShipmentFact {
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(promisedDate, "promised date");
    complaints = complaints == null ? Map.of() : Map.copyOf(complaints);
  }

  /**
   * The complaints map for a shipment from its stored complaint records (already one per category,
   * see {@link ComplaintRecord#key()}).
   */
  public static Map<ComplaintCategory, Blame> complaintsOf(List<ComplaintRecord> records) {
    Map<ComplaintCategory, Blame> out = new EnumMap<>(ComplaintCategory.class);
    records.forEach(r -> out.merge(r.category(), r.blame(), (a, b) -> b));
    return out;
  }

  public boolean delivered() {
    return deliveredAt != null;
  }

  /** An attempt scan that did not deliver: earlier than the delivery, or never followed by one. */
  public boolean failedAttempt() {
    return firstAttemptAt != null && (deliveredAt == null || firstAttemptAt.isBefore(deliveredAt));
  }

  public boolean deliveredAtFirstAttempt() {
    return delivered() && !failedAttempt();
  }

  /**
   * Whether a delivered parcel met its promise. The clock stops at the first attempt, as the
   * industry counts it, unless the customer disputes that attempt: then only delivery stops it.
   */
  public boolean deliveredOnTime() {
    if (!delivered()) {
      return false;
    }
    OffsetDateTime stop = failedAttempt() && !attemptDisputed ? firstAttemptAt : deliveredAt;
    return !stop.toLocalDate().isAfter(promisedDate);
  }

  public boolean carrierComplaint(ComplaintCategory category) {
    return complaints.get(category) == Blame.CARRIER;
  }
}
