package dev.orderlens.tracking.domain.suspicion;

import dev.orderlens.tracking.domain.TrackingEvent;
import dev.orderlens.tracking.domain.suspicion.SuspicionAssessment.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Judges the latest "recipient absent" attempt of a shipment (pure policy). Each rule that fires
 * adds a signal with its explanation ({@link AttemptSignals}); the weights combine as independent
 * evidence, and the attempt is {@link Verdict#SUSPICIOUS_ATTEMPT} from the policy's threshold on.
 */
public final class SuspiciousAttemptDetector {

  private final SuspicionPolicy policy;

  public SuspiciousAttemptDetector(SuspicionPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  public SuspicionAssessment assess(AttemptContext context) {
    List<TrackingEvent> events =
        context.events().stream().sorted(Comparator.comparing(TrackingEvent::occurredAt)).toList();
    List<TrackingEvent> attempts = events.stream().filter(TrackingEvent::isAttempt).toList();
    if (attempts.isEmpty()) {
      return new SuspicionAssessment(Verdict.NO_ATTEMPT, 0, List.of());
    }
    List<SuspicionSignal> signals = new AttemptSignals(policy).of(attempts, events, context);
    double score = 1 - signals.stream().mapToDouble(s -> 1 - s.weight()).reduce(1, (a, b) -> a * b);
    Verdict verdict =
        score >= policy.threshold() ? Verdict.SUSPICIOUS_ATTEMPT : Verdict.PLAUSIBLE_ATTEMPT;
    return new SuspicionAssessment(verdict, score, signals);
  }
}
