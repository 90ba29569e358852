package dev.orderlens.carrier.domain.classification;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.carrier.domain.blame.BlamePolicy;
import dev.orderlens.carrier.domain.blame.Cause;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the courier complaints in a customer's message and weighs each against tracking. All seven
 * lexicons are tried, so the caller need not know the language. Precision beats recall for a false
 * attempt — an unfounded accusation hurts a carrier — so that category needs both an attempt scan
 * from the carrier and the customer's explicit "I was home"; see {@link ConfidenceRules}. Load once
 * and share: the instance is immutable and thread-safe.
 */
public final class ComplaintClassifier {

  /** Languages with a bundled lexicon. */
  public static final List<String> LANGUAGES = List.of("en", "it", "ru", "hu", "de", "fr", "es");

  private final List<Lexicon> lexicons;

  private ComplaintClassifier(List<Lexicon> lexicons) {
    this.lexicons = lexicons;
  }

  /** Reads the bundled lexicons; do it once at start-up. */
  public static ComplaintClassifier withBundledLexicons() {
    return new ComplaintClassifier(LANGUAGES.stream().map(Lexicon::load).toList());
  }

  /**
   * Every complaint found, most confident first; empty when the message is no courier complaint.
   */
  public List<CourierComplaint> classify(String message, TrackingSignals signals) {
    return classify(message, signals, null, null);
  }

  /**
   * Every complaint found, most confident first, with the category the understanding models read in
   * the message ({@code textCategory}, a {@link ComplaintCategory} name or null) counted like two
   * matching lexicon terms. A false attempt the customer claims counts even without an attempt
   * scan: what the customer says is the complaint; whether tracking confirms it is a separate fact
   * ({@code ComplaintCapture} keeps only confirmable ones for the carrier's score).
   */
  public List<CourierComplaint> classify(
      String message, TrackingSignals signals, String textCategory, String language) {
    String folded = TextNormalizer.fold(message);
    Map<ComplaintCategory, Integer> hits = new EnumMap<>(ComplaintCategory.class);
    boolean presence = false;
    Cause stated = Cause.UNKNOWN;
    for (Lexicon lexicon : lexiconsFor(language)) {
      lexicon
          .categories()
          .forEach((c, terms) -> hits.merge(c, lexicon.hits(terms, folded), Math::max));
      presence |= lexicon.hits(lexicon.presence(), folded) > 0;
      stated = stated == Cause.UNKNOWN ? statedCause(lexicon, folded) : stated;
    }
    ComplaintCategory read = category(textCategory);
    if (read != null) {
      hits.merge(read, 2, Math::max);
      presence |= read == ComplaintCategory.FALSE_ATTEMPT;
    }
    Map<ComplaintCategory, Double> confidences =
        ConfidenceRules.confidences(hits, presence, signals);
    if (read == ComplaintCategory.FALSE_ATTEMPT && !signals.attemptScanned()) {
      confidences.remove(ComplaintCategory.LATE);
      confidences.put(ComplaintCategory.FALSE_ATTEMPT, ConfidenceRules.CLAIMED_FALSE_ATTEMPT);
    }
    List<CourierComplaint> complaints = new ArrayList<>();
    Cause incident = Cause.fromIncidentReason(signals.incidentReason());
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

  /** The most confident complaint, if any. */
  public Optional<CourierComplaint> primary(String message, TrackingSignals signals) {
    return classify(message, signals).stream().findFirst();
  }

  /**
   * The most confident complaint, with the category the understanding models read, if any. With the
   * message's language known, only its lexicon and the English one are read (customers mix in
   * English words); with none, all seven.
   */
  public Optional<CourierComplaint> primary(
      String message, TrackingSignals signals, String textCategory, String language) {
    return classify(message, signals, textCategory, language).stream().findFirst();
  }

  private List<Lexicon> lexiconsFor(String language) {
    if (language == null || !LANGUAGES.contains(language)) {
      return lexicons;
    }
    return lexicons.stream()
        .filter(l -> l.language().equals(language) || l.language().equals("en"))
        .toList();
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

  private static Cause statedCause(Lexicon lexicon, String folded) {
    return lexicon.causes().entrySet().stream()
        .filter(e -> lexicon.hits(e.getValue(), folded) > 0)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(Cause.UNKNOWN);
  }
}
