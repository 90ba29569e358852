package dev.orderlens.carrier.domain.scorecard;

import dev.orderlens.carrier.domain.ComplaintCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Computes scorecards from shipment facts. A shipment belongs to a period by its promised date, the
 * one date every shipment has. Formulas:
 *
 * <ul>
 *   <li>on-time = delivered by the promised date (clock stopped by the first attempt unless it is
 *       disputed) ÷ delivered;
 *   <li>first-attempt delivery = delivered with no earlier failed attempt ÷ delivered;
 *   <li>disputed-attempt = failed attempts the customer disputes ÷ shipments with a failed attempt;
 *   <li>complaints per category = shipments with a carrier-blamed complaint ÷ shipments;
 *   <li>transit p50 / p95 = {@link Percentile nearest-rank} over delivered shipments.
 * </ul>
 */
public final class ScorecardCalculator {

  private ScorecardCalculator() {}

  /** One scorecard per carrier, service and region, ordered by lane. */
  public static List<Scorecard> byLane(Collection<ShipmentFact> facts, Period period) {
    return grouped(facts, period, f -> new Lane(f.carrier(), f.service(), f.region()));
  }

  /** One scorecard per carrier over all its services and regions, ordered by carrier. */
  public static List<Scorecard> byCarrier(Collection<ShipmentFact> facts, Period period) {
    return grouped(facts, period, f -> Lane.carrier(f.carrier()));
  }

  private static List<Scorecard> grouped(
      Collection<ShipmentFact> facts, Period period, Function<ShipmentFact, Lane> lane) {
    Map<Lane, List<ShipmentFact>> groups = new LinkedHashMap<>();
    facts.stream()
        .filter(f -> period.contains(f.promisedDate()))
        .forEach(f -> groups.computeIfAbsent(lane.apply(f), k -> new ArrayList<>()).add(f));
    Comparator<Lane> order =
        Comparator.comparing((Lane l) -> l.carrier())
            .thenComparing(Lane::service)
            .thenComparing(Lane::region);
    return groups.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(order))
        .map(e -> scorecard(e.getKey(), period, e.getValue()))
        .toList();
  }

  /** The scorecard of one lane from facts already chosen for it. */
  public static Scorecard scorecard(Lane lane, Period period, List<ShipmentFact> facts) {
    Objects.requireNonNull(lane, "lane");
    List<ShipmentFact> delivered = facts.stream().filter(ShipmentFact::delivered).toList();
    List<ShipmentFact> attempted = facts.stream().filter(ShipmentFact::failedAttempt).toList();
    Map<ComplaintCategory, Rate> complaints = new EnumMap<>(ComplaintCategory.class);
    for (ComplaintCategory c : ComplaintCategory.values()) {
      complaints.put(c, new Rate(count(facts, f -> f.carrierComplaint(c)), facts.size()));
    }
    List<Integer> transit =
        delivered.stream().map(ShipmentFact::transitWorkingDays).filter(Objects::nonNull).toList();
    return new Scorecard(
        lane,
        period,
        facts.size(),
        new Rate(count(delivered, ShipmentFact::deliveredOnTime), delivered.size()),
        new Rate(count(delivered, ShipmentFact::deliveredAtFirstAttempt), delivered.size()),
        new Rate(count(attempted, ShipmentFact::attemptDisputed), attempted.size()),
        complaints,
        Percentile.nearestRank(transit, 50),
        Percentile.nearestRank(transit, 95));
  }

  private static long count(List<ShipmentFact> facts, Function<ShipmentFact, Boolean> test) {
    return facts.stream().filter(test::apply).count();
  }
}
