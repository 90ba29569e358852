package dev.orderlens.carrier.domain.report;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.scorecard.Lane;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.carrier.domain.scorecard.Rate;
import dev.orderlens.carrier.domain.scorecard.Scorecard;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a carrier is told about its service to one shop over a period. No industry standard exists,
 * so the shape is versioned ({@link #SCHEMA_VERSION}, JSON Schema in {@code
 * carrier/feedback-report-1.0.schema.json}); a carrier's parser can rely on it until the version
 * changes. Built from the carrier-wide scorecard and that carrier's incidents.
 *
 * @param complaintsPerThousand carrier-blamed complaints per 1,000 shipments, every category
 */
public record FeedbackReport(
    String schemaVersion,
    String carrier,
    Period period,
    Instant generatedAt,
    long shipments,
    Rate onTime,
    Rate firstAttempt,
    Rate disputedAttempt,
    Rate damage,
    Integer transitP50,
    Integer transitP95,
    Map<ComplaintCategory, Double> complaintsPerThousand,
    List<IncidentSnapshot> incidents) {

  public static final String SCHEMA_VERSION = "1.0";

  public FeedbackReport {
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(generatedAt, "generated at");
    complaintsPerThousand = Map.copyOf(complaintsPerThousand);
    incidents = List.copyOf(incidents);
  }

  /**
   * The report for one carrier's scorecard (all services and regions) and its incidents.
   *
   * @throws IllegalArgumentException for a single-lane scorecard or another carrier's incident
   */
  public static FeedbackReport of(Scorecard scorecard, List<Incident> incidents, Instant at) {
    Lane lane = scorecard.lane();
    if (!lane.equals(Lane.carrier(lane.carrier()))) {
      throw new IllegalArgumentException("A feedback report covers a whole carrier");
    }
    if (incidents.stream().anyMatch(i -> !lane.carrier().equals(i.carrier()))) {
      throw new IllegalArgumentException("Every incident must be the reported carrier's");
    }
    Map<ComplaintCategory, Double> perThousand = new EnumMap<>(ComplaintCategory.class);
    for (ComplaintCategory c : ComplaintCategory.values()) {
      perThousand.put(c, scorecard.complaintsPerThousand(c));
    }
    return new FeedbackReport(
        SCHEMA_VERSION,
        lane.carrier(),
        scorecard.period(),
        at,
        scorecard.shipments(),
        scorecard.onTime(),
        scorecard.firstAttempt(),
        scorecard.disputedAttempt(),
        scorecard.damage(),
        scorecard.transitP50(),
        scorecard.transitP95(),
        perThousand,
        incidents.stream().map(Incident::snapshot).toList());
  }
}
