package dev.orderlens.tracking.domain.suspicion;

import java.util.List;

/**
 * The verdict on a parcel's attempt: a score and the signals behind it.
 *
 * @param score 0..1; signals combine as independent evidence (1 - ∏(1 - weight))
 */
public record SuspicionAssessment(Verdict verdict, double score, List<SuspicionSignal> signals) {

  /** What the agent should take from it. */
  public enum Verdict {
    /** No attempt scan to judge. */
    NO_ATTEMPT,
    /** The attempt looks genuine. */
    PLAUSIBLE_ATTEMPT,
    /** Enough signals that the attempt may not have happened: challenge the carrier. */
    SUSPICIOUS_ATTEMPT
  }

  public SuspicionAssessment {
    signals = List.copyOf(signals);
  }

  public boolean isSuspicious() {
    return verdict == Verdict.SUSPICIOUS_ATTEMPT;
  }

  public List<String> explanations() {
    return signals.stream().map(SuspicionSignal::explanation).toList();
  }
}
