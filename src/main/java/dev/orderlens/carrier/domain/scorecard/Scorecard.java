package dev.orderlens.carrier.domain.scorecard;

import dev.orderlens.carrier.domain.ComplaintCategory;
import java.util.Map;

/**
 * One lane's performance over a period. Bases: on-time and first-attempt rates are over delivered
 * shipments; the disputed-attempt rate is over shipments with a failed attempt scan; complaint
 * rates are carrier-blamed complaints over all shipments.
 *
 * @param transitP50 nearest-rank median of transit working days, null when nothing was delivered
 * @param transitP95 nearest-rank 95th percentile of transit working days, or null
 */
public record Scorecard(
    Lane lane,
    Period period,
    long shipments,
    Rate onTime,
    Rate firstAttempt,
    Rate disputedAttempt,
    Map<ComplaintCategory, Rate> complaints,
    Integer transitP50,
    Integer transitP95) {

  public Scorecard {
    complaints = Map.copyOf(complaints);
  }

  /** Carrier-blamed complaints of a category per 1,000 shipments (0 without shipments). */
  public double complaintsPerThousand(ComplaintCategory category) {
    Rate rate = complaints.get(category);
    return rate == null || !rate.defined() ? 0 : rate.perThousand();
  }

  /** All carrier-blamed complaints per 1,000 shipments. */
  public double totalComplaintsPerThousand() {
    return complaints.values().stream().mapToDouble(r -> r.defined() ? r.perThousand() : 0).sum();
  }

  /** Share of shipments with a carrier-blamed damage complaint. */
  public Rate damage() {
    return complaints.getOrDefault(ComplaintCategory.DAMAGED, new Rate(0, shipments));
  }
}
