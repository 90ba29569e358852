package dev.orderlens.tracking.domain.story;

import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.detection.CarrierCandidate;
import dev.orderlens.tracking.domain.detection.CarrierDetector;
import dev.orderlens.tracking.domain.incident.SubStatus;
import dev.orderlens.tracking.domain.incident.SubStatuses;
import dev.orderlens.tracking.domain.schedule.DeliveryClock;
import dev.orderlens.tracking.domain.schedule.DeliveryEstimate;
import dev.orderlens.tracking.domain.suspicion.AttemptContext;
import dev.orderlens.tracking.domain.suspicion.SuspicionAssessment;
import dev.orderlens.tracking.domain.suspicion.SuspiciousAttemptDetector;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells a parcel's story from what is known about it: the carrier from the report or, failing that,
 * from the number; the delay against the promise in working days; and a verdict on the last
 * delivery attempt. Pure: today comes from the injected {@link Clock}.
 */
public final class ShipmentAssembler {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CarrierDetector detector;
  private final SuspiciousAttemptDetector suspicion;
  private final Clock clock;

  public ShipmentAssembler(
      CarrierDetector detector, SuspiciousAttemptDetector suspicion, Clock clock) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.suspicion = Objects.requireNonNull(suspicion, "suspicion");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public ShipmentStory assemble(ShipmentFacts facts) {
    TrackingReport report = facts.report();
    List<CarrierCandidate> candidates = detector.detect(facts.trackingNumber());
    LocalDate today = LocalDate.now(clock.withZone(facts.zone()));
    DeliveryEstimate estimate =
        new DeliveryClock(facts.calendar(), facts.zone())
            .estimate(report, facts.promised(), today, facts.attemptDisputed());
    List<TrackingEvent> events = report == null ? List.of() : report.events();
    SuspicionAssessment assessment =
        suspicion.assess(
            new AttemptContext(
                events,
                facts.zone(),
                facts.destination(),
                facts.window(),
                facts.otherParcelsDue(),
                facts.attemptDisputed()));
    boolean attempted = assessment.verdict() != SuspicionAssessment.Verdict.NO_ATTEMPT;
    Shipment shipment =
        new Shipment(
            CarrierDetector.compact(facts.trackingNumber()),
            carrier(report, candidates),
            candidates.stream().map(CarrierCandidate::carrierCode).distinct().toList(),
            report == null ? TrackingStatus.UNKNOWN : report.status(),
            report == null ? null : report.subStatus(),
            report == null ? null : report.lastEvent().map(e -> describe(e, facts)).orElse(null),
            // Without a tracking source's report there is no carrier ETA to show, only the delay
            // against the promise.
            report == null ? null : estimate.eta(),
            estimate.delayWorkingDays(),
            attempted ? assessment.score() : null,
            assessment.explanations());
    return new ShipmentStory(shipment, candidates, estimate, assessment, blame(report, facts));
  }

  /**
   * The report's carrier; else the detector's, when every candidate (or every checked one) agrees.
   */
  private static String carrier(TrackingReport report, List<CarrierCandidate> candidates) {
    if (report != null && report.carrier() != null) {
      return report.carrier();
    }
    return Stream.of(
            candidates.stream().filter(CarrierCandidate::checksumValid).toList(), candidates)
        .map(list -> list.stream().map(CarrierCandidate::carrierCode).distinct().toList())
        .filter(codes -> codes.size() == 1)
        .map(codes -> codes.get(0))
        .findFirst()
        .orElse(null);
  }

  private static String describe(TrackingEvent e, ShipmentFacts facts) {
    return Stream.of(
            WHEN.format(e.occurredAt().atZone(facts.zone())),
            e.location(),
            e.description() != null ? e.description() : e.status().name())
        .filter(Objects::nonNull)
        .collect(Collectors.joining(" · "));
  }

  private static Blame blame(TrackingReport report, ShipmentFacts facts) {
    return report == null
        ? Blame.UNKNOWN
        : SubStatuses.of(report.subStatus())
            .filter(SubStatus::isIncident)
            .map(s -> s.blame(facts.attemptDisputed()))
            .orElse(Blame.UNKNOWN);
  }
}
