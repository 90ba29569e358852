package dev.orderlens.carrier.domain.scorecard;

import java.util.ArrayList;
import java.util.List;

/**
 * When a scorecard should alert someone. Defaults follow common targets: on-time and first-attempt
 * delivery at least 90 %, damage at most 0.5 % of shipments, disputed attempts at most 5 % of
 * failed attempts, all complaints at most 10 per 1,000 (claims under 1 %). Lanes with fewer than
 * {@code minimumShipments} raise nothing — a couple of parcels cannot make a trend. Configure via
 * MicroProfile Config in the adapter that builds this record.
 */
public record AlertThresholds(
    double minOnTime,
    double minFirstAttempt,
    double maxDamage,
    double maxDisputedAttempt,
    double maxComplaintsPerThousand,
    long minimumShipments) {

  /** A threshold crossed. {@code actual} and {@code threshold} are ratios or per-1,000 values. */
  public record Alert(Lane lane, Metric metric, double actual, double threshold) {}

  /** What an alert is about. */
  public enum Metric {
    ON_TIME,
    FIRST_ATTEMPT,
    DAMAGE,
    DISPUTED_ATTEMPT,
    COMPLAINTS_PER_THOUSAND
  }

  public static AlertThresholds defaults() {
    return new AlertThresholds(0.90, 0.90, 0.005, 0.05, 10.0, 30);
  }

  /** The alerts a scorecard raises, in {@link Metric} order. */
  public List<Alert> alertsFor(Scorecard s) {
    List<Alert> alerts = new ArrayList<>();
    if (s.shipments() == 0 || s.shipments() < minimumShipments) {
      return alerts;
    }
    below(alerts, s, Metric.ON_TIME, s.onTime(), minOnTime);
    below(alerts, s, Metric.FIRST_ATTEMPT, s.firstAttempt(), minFirstAttempt);
    above(alerts, s, Metric.DAMAGE, s.damage().value(), maxDamage);
    if (s.disputedAttempt().defined()) {
      above(alerts, s, Metric.DISPUTED_ATTEMPT, s.disputedAttempt().value(), maxDisputedAttempt);
    }
    double total = s.totalComplaintsPerThousand();
    above(alerts, s, Metric.COMPLAINTS_PER_THOUSAND, total, maxComplaintsPerThousand);
    return alerts;
  }

  private static void below(List<Alert> out, Scorecard s, Metric m, Rate rate, double min) {
    if (rate.defined() && rate.value() < min) {
      out.add(new Alert(s.lane(), m, rate.value(), min));
    }
  }

  private static void above(List<Alert> out, Scorecard s, Metric m, double actual, double max) {
    if (actual > max) {
      out.add(new Alert(s.lane(), m, actual, max));
    }
  }
}
