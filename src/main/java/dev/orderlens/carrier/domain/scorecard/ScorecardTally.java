package dev.orderlens.carrier.domain.scorecard;

import dev.orderlens.carrier.domain.ComplaintCategory;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts a scorecard is made of, kept so they can be added up: a day's tally per lane is stored
 * in a roll-up when shipments change, and a 90-day scorecard is the sum of 90 tallies instead of a
 * scan of every shipment. Each shipment is counted with {@link ShipmentFact}'s own rules and the
 * result equals {@link ScorecardCalculator#scorecard} over the same facts; transit times are kept
 * as a histogram (working days → shipments) so the nearest-rank percentiles survive the summing.
 */
public final class ScorecardTally {

  private long shipments;
  private long delivered;
  private long onTime;
  private long firstAttempt;
  private long failedAttempt;
  private long disputedAttempt;
  private final Map<ComplaintCategory, Long> complaints = new EnumMap<>(ComplaintCategory.class);
  private final TreeMap<Integer, Long> transit = new TreeMap<>();

  /** A tally restored from stored counts. */
  public static ScorecardTally of(
      long[] counts, Map<ComplaintCategory, Long> complaints, Map<Integer, Long> transit) {
    if (counts.length != 6) {
      throw new IllegalArgumentException("Six counts: shipments .. disputed attempts");
    }
    ScorecardTally t = new ScorecardTally();
    t.shipments = counts[0];
    t.delivered = counts[1];
    t.onTime = counts[2];
    t.firstAttempt = counts[3];
    t.failedAttempt = counts[4];
    t.disputedAttempt = counts[5];
    complaints.forEach((c, n) -> t.complaints.merge(c, n, Long::sum));
    transit.forEach((d, n) -> t.transit.merge(d, n, Long::sum));
    return t;
  }

  /** Counts one shipment. */
  public ScorecardTally add(ShipmentFact f) {
    shipments++;
    if (f.delivered()) {
      delivered++;
      onTime += f.deliveredOnTime() ? 1 : 0;
      firstAttempt += f.deliveredAtFirstAttempt() ? 1 : 0;
      if (f.transitWorkingDays() != null) {
        transit.merge(f.transitWorkingDays(), 1L, Long::sum);
      }
    }
    if (f.failedAttempt()) {
      failedAttempt++;
      disputedAttempt += f.attemptDisputed() ? 1 : 0;
    }
    for (ComplaintCategory c : ComplaintCategory.values()) {
      if (f.carrierComplaint(c)) {
        complaints.merge(c, 1L, Long::sum);
      }
    }
    return this;
  }

  /** Adds another tally's counts to this one. */
  public ScorecardTally plus(ScorecardTally o) {
    shipments += o.shipments;
    delivered += o.delivered;
    onTime += o.onTime;
    firstAttempt += o.firstAttempt;
    failedAttempt += o.failedAttempt;
    disputedAttempt += o.disputedAttempt;
    o.complaints.forEach((c, n) -> complaints.merge(c, n, Long::sum));
    o.transit.forEach((d, n) -> transit.merge(d, n, Long::sum));
    return this;
  }

  /** Shipments, delivered, on time, first attempt, failed attempts, disputed attempts. */
  public long[] counts() {
    return new long[] {shipments, delivered, onTime, firstAttempt, failedAttempt, disputedAttempt};
  }

  public Map<ComplaintCategory, Long> complaints() {
    return Map.copyOf(complaints);
  }

  public Map<Integer, Long> transit() {
    return Map.copyOf(transit);
  }

  public Scorecard toScorecard(Lane lane, Period period) {
    Map<ComplaintCategory, Rate> rates = new EnumMap<>(ComplaintCategory.class);
    for (ComplaintCategory c : ComplaintCategory.values()) {
      rates.put(c, new Rate(complaints.getOrDefault(c, 0L), shipments));
    }
    return new Scorecard(
        lane,
        period,
        shipments,
        new Rate(onTime, delivered),
        new Rate(firstAttempt, delivered),
        new Rate(disputedAttempt, failedAttempt),
        rates,
        percentile(50),
        percentile(95));
  }

  /** Nearest rank over the histogram, as {@link Percentile#nearestRank} over the values. */
  private Integer percentile(int p) {
    long n = transit.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return null;
    }
    long rank = (long) Math.ceil(p / 100.0 * n);
    long seen = 0;
    for (Map.Entry<Integer, Long> e : transit.entrySet()) {
      seen += e.getValue();
      if (seen >= rank) {
        return e.getKey();
      }
    }
    return transit.lastKey();
  }
}
