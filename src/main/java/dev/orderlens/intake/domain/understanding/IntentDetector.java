package dev.orderlens.intake.domain.understanding;

import dev.orderlens.intake.domain.Intent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds intents, threats and a disputed delivery attempt by matching lexicon entries. It reads the
 * message's own language and English (customers mix in "tracking", "refund", "chargeback"), or
 * every language when the language is unknown. The main intent is the one with the most matching
 * entries; ties go to the one mentioned first.
 */
public final class IntentDetector {

  private final Lexicons lexicons;

  public IntentDetector(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  /** The intents of the text, main one first; {@code [OTHER]} when none matched. */
  public List<Intent> intents(String text, String language) {
    List<String> tokens = TextNormalizer.tokens(text);
    List<Score> scores = new ArrayList<>();
    for (Intent intent : Intent.values()) {
      Score score = new Score(intent, 0, Integer.MAX_VALUE);
      for (Lexicon lexicon : lexiconsFor(language)) {
        score = score.plus(lexicon.intents().getOrDefault(intent, List.of()), tokens);
      }
      if (score.hits() > 0) {
        scores.add(score);
      }
    }
    if (scores.isEmpty()) {
      return List.of(Intent.OTHER);
    }
    scores.sort(
        Comparator.comparingInt(Score::hits)
            .reversed()
            .thenComparingInt(Score::firstPosition)
            .thenComparing(Score::intent));
    return scores.stream().map(Score::intent).toList();
  }

  /** The threats the text makes, in any order. */
  public Set<Threat> threats(String text, String language) {
    List<String> tokens = TextNormalizer.tokens(text);
    Set<Threat> threats = EnumSet.noneOf(Threat.class);
    for (Lexicon lexicon : lexiconsFor(language)) {
      for (Map.Entry<Threat, List<Term>> entry : lexicon.threats().entrySet()) {
        if (anyMatch(entry.getValue(), tokens)) {
          threats.add(entry.getKey());
        }
      }
    }
    return threats;
  }

  /** Whether the customer says they were there when the carrier claims nobody was. */
  public boolean deliveryAttemptDisputed(String text, String language) {
    List<String> tokens = TextNormalizer.tokens(text);
    return lexiconsFor(language).stream()
        .anyMatch(lexicon -> anyMatch(lexicon.deliveryDisputed(), tokens));
  }

  private List<Lexicon> lexiconsFor(String language) {
    Lexicon own = language == null ? null : lexicons.of(language);
    if (own == null) {
      return lexicons.all();
    }
    Set<Lexicon> chosen = new LinkedHashSet<>(List.of(own, lexicons.of("en")));
    return List.copyOf(chosen);
  }

  private static boolean anyMatch(List<Term> terms, List<String> tokens) {
    return terms.stream().anyMatch(term -> term.firstMatch(tokens) >= 0);
  }

  private record Score(Intent intent, int hits, int firstPosition) {
    Score plus(List<Term> terms, List<String> tokens) {
      int newHits = hits;
      int first = firstPosition;
      for (Term term : terms) {
        int at = term.firstMatch(tokens);
        if (at >= 0) {
          newHits++;
          first = Math.min(first, at);
        }
      }
      return new Score(intent, newHits, first);
    }
  }
}
