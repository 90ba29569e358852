package dev.orderlens.carrier.domain.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders carriers best first, so a shop can see which carrier to give more volume. Carriers with at
 * least {@code minimumShipments} come first, each group ordered by:
 *
 * <ol>
 *   <li>on-time rate, higher first (undefined last);
 *   <li>first-attempt delivery rate, higher first (undefined last);
 *   <li>carrier-blamed complaints per 1,000 shipments, fewer first;
 *   <li>transit p95, shorter first (unknown last);
 *   <li>carrier code, alphabetically, so equal carriers always come out in the same order.
 * </ol>
 *
 * Carriers under the minimum get no rank number (0): a handful of parcels says little.
 */
public final class CarrierRanking {

  /** A carrier's place; {@code rank} is 1-based, or 0 when the sample is too small to rank. */
  public record Place(int rank, Scorecard scorecard) {}

  private static final Comparator<Scorecard> BEST_FIRST =
      Comparator.comparing((Scorecard s) -> -valueOr(s.onTime()))
          .thenComparing(s -> -valueOr(s.firstAttempt()))
          .thenComparing(Scorecard::totalComplaintsPerThousand)
          .thenComparing(s -> s.transitP95() == null ? Integer.MAX_VALUE : s.transitP95())
          .thenComparing(s -> s.lane().carrier());

  private CarrierRanking() {}

  public static List<Place> rank(List<Scorecard> carrierScorecards, long minimumShipments) {
    List<Place> places = new ArrayList<>();
    List<Scorecard> sorted = carrierScorecards.stream().sorted(BEST_FIRST).toList();
    int rank = 0;
    for (Scorecard s : sorted) {
      if (s.shipments() >= minimumShipments) {
        places.add(new Place(++rank, s));
      }
    }
    for (Scorecard s : sorted) {
      if (s.shipments() < minimumShipments) {
        places.add(new Place(0, s));
      }
    }
    return List.copyOf(places);
  }

  /** The rate's value, or -1 when undefined so it sorts after every real rate. */
  private static double valueOr(Rate rate) {
    return rate.defined() ? rate.value() : -1;
  }
}
