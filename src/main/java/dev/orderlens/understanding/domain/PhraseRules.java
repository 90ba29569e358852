package dev.orderlens.understanding.domain;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The hand rules of understanding, where a wrong answer costs more than a missed one: threats, a
 * disputed delivery attempt, courier complaint phrases and a stated cause, found by matching
 * lexicon phrases in the folded text. It reads the message's own language and English (customers
 * mix in "tracking", "refund", "chargeback"), or every language when the language is unknown.
 */
final class PhraseRules {

  private final Lexicons lexicons;

  PhraseRules(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  Set<Threat> threats(FoldedText folded, String language) {
    Set<Threat> threats = EnumSet.noneOf(Threat.class);
    for (Lexicon lexicon : lexiconsFor(language)) {
      for (Map.Entry<Threat, List<Term>> entry : lexicon.threats().entrySet()) {
        if (lexicon.hits(entry.getValue(), folded) > 0) {
          threats.add(entry.getKey());
        }
      }
    }
    return threats;
  }

  /** Whether the customer says they were there when the carrier claims nobody was. */
  boolean deliveryAttemptDisputed(FoldedText folded, String language) {
    return lexiconsFor(language).stream()
        .anyMatch(
            l -> l.hits(l.deliveryDisputed(), folded) > 0 || l.hits(l.presence(), folded) > 0);
  }

  /** What the message says of the courier in the lexicons' phrases. */
  Understanding.CourierWords courierWords(FoldedText folded, String language) {
    Map<String, Integer> hits = new TreeMap<>();
    boolean presence = false;
    Set<String> causes = new TreeSet<>();
    for (Lexicon lexicon : lexiconsFor(language)) {
      for (Map.Entry<String, List<Term>> e : lexicon.categories().entrySet()) {
        int n = lexicon.hits(e.getValue(), folded);
        if (n > 0) {
          hits.merge(e.getKey(), n, Math::max);
        }
      }
      presence |= lexicon.hits(lexicon.presence(), folded) > 0;
      for (Map.Entry<String, List<Term>> e : lexicon.causes().entrySet()) {
        if (lexicon.hits(e.getValue(), folded) > 0) {
          causes.add(e.getKey());
        }
      }
    }
    return new Understanding.CourierWords(hits, presence, causes);
  }

  private List<Lexicon> lexiconsFor(String language) {
    Lexicon own = language == null ? null : lexicons.of(language);
    if (own == null) {
      return lexicons.all();
    }
    Set<Lexicon> chosen = new LinkedHashSet<>(List.of(own, lexicons.of("en")));
    return List.copyOf(chosen);
  }
}
