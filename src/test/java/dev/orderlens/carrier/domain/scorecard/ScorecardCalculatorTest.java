package dev.orderlens.carrier.domain.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.complaint.ComplaintRecord;
import dev.orderlens.carrier.domain.complaint.TextDigest;
import dev.orderlens.tracking.domain.Blame;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardCalculatorTest {

  private static final Period NOVEMBER =
      new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  private static final LocalDate PROMISED = LocalDate.of(2026, 11, 10);

  private static OffsetDateTime at(int day, int hour, int minute) {
    return OffsetDateTime.parse(
        String.format("2026-11-%02dT%02d:%02d:00+01:00", day, hour, minute));
  }

  private static ShipmentFact fact(
      String region,
      OffsetDateTime attempt,
      OffsetDateTime delivered,
      boolean disputed,
      Integer transit,
      Map<ComplaintCategory, Blame> complaints) {
    return new ShipmentFact(
        "dhl", "parcel", region, PROMISED, attempt, delivered, disputed, transit, complaints);
  }

  /**
   * Lane dhl/parcel/101, promised 10 Nov, ten shipments:
   *
   * <pre>
   * #  first attempt  delivered      disputed transit complaint        on time  1st attempt
   * 1  -              09 Nov 10:00   -        2       -                yes      yes
   * 2  -              10 Nov 18:00   -        3       -                yes      yes
   * 3  -              12 Nov 12:00   -        5       -                no       yes
   * 4  10 Nov 09:00   12 Nov 12:00   no       5       -                yes (clock stopped 10 Nov)  no
   * 5  10 Nov 09:00   13 Nov 12:00   yes      6       FALSE_ATTEMPT/C  no (disputed: no stop)     no
   * 6  -              08 Nov 10:00   -        1       DAMAGED/C        yes      yes
   * 7  11 Nov 09:00   -              no       -       LATE/RETAILER    (not delivered)
   * 8  -              -              -        -       LOST/C           (not delivered)
   * 9  -              11 Nov 00:30+1 -        4       DAMAGED/RETAILER no (local date 11 Nov) yes
   * 10 -              10 Nov 12:00   -        3       DNR/C            yes      yes
   * </pre>
   *
   * Shipments 10; delivered 8 (1-6, 9, 10). On time 1,2,4,6,10 = 5/8 = 0.625. First attempt
   * 1,2,3,6,9,10 = 6/8 = 0.75. Failed attempts 4,5,7 = 3, disputed 5 → 1/3. Carrier-blamed
   * complaints: FALSE_ATTEMPT 1, DAMAGED 1, LOST 1, DELIVERED_NOT_RECEIVED 1 → 1/10 = 100 per 1,000
   * each; LATE and the second damage are the retailer's → 0. Transit sorted 1 2 3 3 4 5 5 6 (n=8):
   * p50 rank ⌈0.5·8⌉=4 → 3; p95 rank ⌈0.95·8⌉=⌈7.6⌉=8 → 6.
   */
  private static List<ShipmentFact> november() {
    return List.of(
        fact("101", null, at(9, 10, 0), false, 2, null),
        fact("101", null, at(10, 18, 0), false, 3, null),
        fact("101", null, at(12, 12, 0), false, 5, null),
        fact("101", at(10, 9, 0), at(12, 12, 0), false, 5, null),
        fact(
            "101",
            at(10, 9, 0),
            at(13, 12, 0),
            true,
            6,
            Map.of(ComplaintCategory.FALSE_ATTEMPT, Blame.CARRIER)),
        fact("101", null, at(8, 10, 0), false, 1, Map.of(ComplaintCategory.DAMAGED, Blame.CARRIER)),
        fact(
            "101", at(11, 9, 0), null, false, null, Map.of(ComplaintCategory.LATE, Blame.RETAILER)),
        fact("101", null, null, false, null, Map.of(ComplaintCategory.LOST, Blame.CARRIER)),
        fact(
            "101",
            null,
            at(11, 0, 30),
            false,
            4,
            Map.of(ComplaintCategory.DAMAGED, Blame.RETAILER)),
        fact(
            "101",
            null,
            at(10, 12, 0),
            false,
            3,
            Map.of(ComplaintCategory.DELIVERED_NOT_RECEIVED, Blame.CARRIER)),
        fact("80", null, at(9, 12, 0), false, 2, null),
        new ShipmentFact(
            "dhl", "parcel", "101", LocalDate.of(2026, 12, 2), null, null, false, null, null));
  }

  @Test
  void computesALanesRatesAgainstHandCountedNumbers() {
    Scorecard lane =
        ScorecardCalculator.byLane(november(), NOVEMBER).stream()
            .filter(s -> s.lane().region().equals("101"))
            .findFirst()
            .orElseThrow();

    assertEquals(new Lane("dhl", "parcel", "101"), lane.lane());
    assertEquals(10, lane.shipments());
    assertEquals(new Rate(5, 8), lane.onTime());
    assertEquals(0.625, lane.onTime().value());
    assertEquals(new Rate(6, 8), lane.firstAttempt());
    assertEquals(new Rate(1, 3), lane.disputedAttempt());
    assertEquals(100.0, lane.complaintsPerThousand(ComplaintCategory.FALSE_ATTEMPT), 1e-9);
    assertEquals(100.0, lane.complaintsPerThousand(ComplaintCategory.DAMAGED), 1e-9);
    assertEquals(100.0, lane.complaintsPerThousand(ComplaintCategory.LOST), 1e-9);
    assertEquals(100.0, lane.complaintsPerThousand(ComplaintCategory.DELIVERED_NOT_RECEIVED), 1e-9);
    assertEquals(0.0, lane.complaintsPerThousand(ComplaintCategory.LATE), 1e-9);
    assertEquals(400.0, lane.totalComplaintsPerThousand(), 1e-9);
    assertEquals(3, lane.transitP50());
    assertEquals(6, lane.transitP95());
  }

  @Test
  void carrierScorecardSpansItsLanesAndOnlyThePeriod() {
    // 10 shipments of lane 101 + 1 of lane 80 (delivered 9 Nov, on time, first attempt, 2 days);
    // the December promise is outside the period. Delivered 9: on time 6/9, first attempt 7/9.
    // Transit 1 2 2 3 3 4 5 5 6 (n=9): p50 rank ⌈4.5⌉=5 → 3; p95 rank ⌈8.55⌉=9 → 6.
    List<Scorecard> carriers = ScorecardCalculator.byCarrier(november(), NOVEMBER);

    assertEquals(1, carriers.size());
    Scorecard dhl = carriers.get(0);
    assertEquals(Lane.carrier("dhl"), dhl.lane());
    assertEquals(11, dhl.shipments());
    assertEquals(new Rate(6, 9), dhl.onTime());
    assertEquals(new Rate(7, 9), dhl.firstAttempt());
    assertEquals(3, dhl.transitP50());
    assertEquals(6, dhl.transitP95());
  }

  @Test
  void disputedAttemptDoesNotStopTheClock() {
    ShipmentFact undisputed = fact("1", at(10, 9, 0), at(12, 9, 0), false, 3, null);
    ShipmentFact disputed = fact("1", at(10, 9, 0), at(12, 9, 0), true, 3, null);

    assertEquals(true, undisputed.deliveredOnTime());
    assertEquals(false, disputed.deliveredOnTime());
  }

  @Test
  void complaintRecordsBecomeOneBlamePerCategory() {
    ComplaintRecord damagedCarrier = record(ComplaintCategory.DAMAGED, Blame.CARRIER);
    ComplaintRecord lateRetailer = record(ComplaintCategory.LATE, Blame.RETAILER);

    assertEquals(
        Map.of(ComplaintCategory.DAMAGED, Blame.CARRIER, ComplaintCategory.LATE, Blame.RETAILER),
        ShipmentFact.complaintsOf(List.of(damagedCarrier, lateRetailer)));
  }

  private static ComplaintRecord record(ComplaintCategory category, Blame blame) {
    return new ComplaintRecord(
        "JJD1", "dhl", "T-1", category, 0.7, blame, null, null, TextDigest.of("words"));
  }

  @Test
  void lanesAreSplitByServiceAndRegion() {
    assertEquals(
        List.of(new Lane("dhl", "parcel", "101"), new Lane("dhl", "parcel", "80")),
        ScorecardCalculator.byLane(november(), NOVEMBER).stream().map(Scorecard::lane).toList());
  }

  @Test
  void emptyLaneHasUndefinedRatesNotZero() {
    Scorecard empty = ScorecardCalculator.scorecard(Lane.carrier("gls"), NOVEMBER, List.of());

    assertEquals(false, empty.onTime().defined());
    assertEquals(null, empty.transitP95());
    assertEquals(0.0, empty.totalComplaintsPerThousand());
  }
}
