package dev.orderlens.carrier.domain.classification;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.carrier.domain.blame.BlamePolicy;
import dev.orderlens.carrier.domain.blame.Cause;
import dev.orderlens.understanding.domain.MessageUnderstanding;
import dev.orderlens.understanding.domain.Understanding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The courier complaints of a customer's message, each weighed against tracking and blamed. What
 * the message says comes from the one understanding engine ({@link MessageUnderstanding}: the
 * category its models read, the courier phrases of its lexicons, a cause the customer names); this
 * class adds what tracking knows ({@link ConfidenceRules}) and whose fault it is ({@link
 * BlamePolicy}). A false attempt the customer claims counts from the text alone; whether a scan
 * confirms it is a separate fact ({@code ComplaintCapture} keeps only confirmable ones for the
 * carrier's score). Immutable and thread-safe.
 */
public final class ComplaintClassifier {

  private final MessageUnderstanding understanding;

  public ComplaintClassifier(MessageUnderstanding understanding) {
    this.understanding = understanding;
  }

  /** Reads the bundled models and lexicons; do it once at start-up. */
  public static ComplaintClassifier bundled() {
    return new ComplaintClassifier(MessageUnderstanding.load());
  }

  /** Every complaint in a message, most confident first; empty when it is no courier complaint. */
  public List<CourierComplaint> classify(String message, TrackingSignals signals) {
    return classify(understanding.understand(message), signals);
  }

  /** The most confident complaint in a message, if any. */
  public Optional<CourierComplaint> primary(String message, TrackingSignals signals) {
    return classify(message, signals).stream().findFirst();
  }

  /** The most confident complaint of a message already read, if any. */
  public Optional<CourierComplaint> primary(Understanding read, TrackingSignals signals) {
    return classify(read, signals).stream().findFirst();
  }

  /**
   * Every complaint of a message already read, most confident first: the lexicons' courier phrases,
   * with the category the models read counted like two matching phrases, weighed against tracking.
   * A false attempt the customer claims counts even without an attempt scan.
   */
  public List<CourierComplaint> classify(Understanding read, TrackingSignals signals) {
    Understanding.CourierWords words = read.courierWords();
    Map<ComplaintCategory, Integer> hits = new EnumMap<>(ComplaintCategory.class);
    words
        .categoryHits()
        .forEach(
            (name, n) -> {
              ComplaintCategory c = category(name);
              if (c != null) {
                hits.merge(c, n, Math::max);
              }
            });
    boolean presence = words.presence();
    ComplaintCategory model = category(read.courierCategory());
    Cause stated = statedCause(words);
    if (model == ComplaintCategory.FALSE_ATTEMPT
        && stated == Cause.CONSIGNEE_ABSENT
        && !words.presence()) {
      // The customer says they were out and nowhere that they were in: no false attempt.
      model = null;
    }
    if (model != null) {
      hits.merge(model, 2, Math::max);
      presence |= model == ComplaintCategory.FALSE_ATTEMPT;
    }
    Map<ComplaintCategory, Double> confidences =
        ConfidenceRules.confidences(hits, presence, signals);
    if (model == ComplaintCategory.FALSE_ATTEMPT && !signals.attemptScanned()) {
      confidences.remove(ComplaintCategory.LATE);
      confidences.put(ComplaintCategory.FALSE_ATTEMPT, ConfidenceRules.CLAIMED_FALSE_ATTEMPT);
    }
    Cause incident = Cause.fromIncidentReason(signals.incidentReason());
    List<CourierComplaint> complaints = new ArrayList<>();
    for (Map.Entry<ComplaintCategory, Double> e : confidences.entrySet()) {
      complaints.add(
          new CourierComplaint(
              e.getKey(),
              e.getValue(),
              signals.carrier(),
              BlamePolicy.blame(e.getKey(), incident, stated, signals.lastStatus())));
    }
    complaints.sort(Comparator.comparingDouble(CourierComplaint::confidence).reversed());
    return List.copyOf(complaints);
  }

  private static Cause statedCause(Understanding.CourierWords words) {
    for (Cause cause : Cause.values()) {
      if (words.statedCauses().contains(cause.name())) {
        return cause;
      }
    }
    return Cause.UNKNOWN;
  }

  private static ComplaintCategory category(String name) {
    if (name == null) {
      return null;
    }
    try {
      return ComplaintCategory.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
