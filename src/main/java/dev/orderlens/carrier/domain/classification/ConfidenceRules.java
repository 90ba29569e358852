package dev.orderlens.carrier.domain.classification;

import static dev.orderlens.carrier.domain.ComplaintCategory.DAMAGED;
import static dev.orderlens.carrier.domain.ComplaintCategory.DELIVERED_NOT_RECEIVED;
import static dev.orderlens.carrier.domain.ComplaintCategory.FALSE_ATTEMPT;
import static dev.orderlens.carrier.domain.ComplaintCategory.LATE;
import static dev.orderlens.carrier.domain.ComplaintCategory.LEFT_UNSAFE;
import static dev.orderlens.carrier.domain.ComplaintCategory.LOST;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.tracking.domain.TrackingStatus;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns phrase hits (the model's category counting as two) and tracking into a confidence per
 * category. Words alone give 0.60 for one matching term, 0.70 for two, 0.80 for three or more;
 * tracking that agrees adds (delivered for "delivered but not received", {@code Exception_012} for
 * damage, {@code Exception_013} for loss), tracking that contradicts subtracts. A "not arrived"
 * message on a parcel tracking calls delivered is read as delivered-not-received, and a
 * delivered-not-received claim that stands replaces a lateness one. A false attempt needs an
 * attempt scan and a presence claim, then starts at 0.55, +0.10 when the customer also mentions the
 * attempt and up to +0.30 by the scan's suspicion score. Anything under {@link #MINIMUM} is
 * dropped.
 */
final class ConfidenceRules {

  static final double MINIMUM = 0.5;

  /** A false attempt the customer claims with no attempt scan to weigh it against. */
  static final double CLAIMED_FALSE_ATTEMPT = 0.6;

  private static final double MAXIMUM = 0.99;

  private ConfidenceRules() {}

  static Map<ComplaintCategory, Double> confidences(
      Map<ComplaintCategory, Integer> hits, boolean presence, TrackingSignals signals) {
    Map<ComplaintCategory, Integer> h = new EnumMap<>(hits);
    TrackingStatus status = signals.lastStatus();
    if (status == TrackingStatus.DELIVERED && h.getOrDefault(LATE, 0) > 0) {
      h.merge(DELIVERED_NOT_RECEIVED, h.remove(LATE), Math::max);
    }
    Map<ComplaintCategory, Double> out = new EnumMap<>(ComplaintCategory.class);
    for (Map.Entry<ComplaintCategory, Integer> e : h.entrySet()) {
      if (e.getKey() == FALSE_ATTEMPT || e.getValue() == 0) {
        continue;
      }
      double c = fromWords(e.getValue()) + tracking(e.getKey(), signals);
      keep(out, e.getKey(), c);
    }
    boolean aboutDelivery =
        h.getOrDefault(FALSE_ATTEMPT, 0)
                + h.getOrDefault(LATE, 0)
                + h.getOrDefault(DELIVERED_NOT_RECEIVED, 0)
            > 0;
    if (presence && signals.attemptScanned() && aboutDelivery) {
      double c =
          0.55 + (h.getOrDefault(FALSE_ATTEMPT, 0) > 0 ? 0.10 : 0) + 0.30 * signals.suspicion();
      keep(out, FALSE_ATTEMPT, c);
      out.remove(LATE);
    }
    if (out.containsKey(DELIVERED_NOT_RECEIVED)) {
      out.remove(LATE);
    }
    return out;
  }

  private static double fromWords(int hits) {
    return hits >= 3 ? 0.80 : hits == 2 ? 0.70 : 0.60;
  }

  private static double tracking(ComplaintCategory category, TrackingSignals s) {
    TrackingStatus status = s.lastStatus();
    boolean delivered = status == TrackingStatus.DELIVERED;
    return switch (category) {
      case DELIVERED_NOT_RECEIVED ->
          delivered ? 0.15 : status == TrackingStatus.UNKNOWN ? 0 : -0.15;
      case LEFT_UNSAFE -> delivered ? 0.10 : 0;
      case DAMAGED -> s.subStatusIs("Exception_012") ? 0.15 : 0;
      case LOST ->
          s.subStatusIs("Exception_013") ? 0.15 : status == TrackingStatus.EXPIRED ? 0.05 : 0;
      case LATE -> delivered ? -0.30 : 0;
      default -> 0;
    };
  }

  private static void keep(Map<ComplaintCategory, Double> out, ComplaintCategory c, double value) {
    double clamped = Math.min(MAXIMUM, Math.round(value * 100) / 100.0);
    if (clamped >= MINIMUM) {
      out.put(c, clamped);
    }
  }
}
