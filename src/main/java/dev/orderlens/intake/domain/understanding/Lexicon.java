package dev.orderlens.intake.domain.understanding;

import dev.orderlens.intake.domain.Intent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words of one language: entries per intent and threat, entries for a disputed delivery
 * attempt, and the language's most common words (the fallback when the statistical detector is
 * unsure). Built from {@code understanding/lexicon_<code>.properties}, entries separated by {@code
 * |}.
 */
record Lexicon(
    String language,
    Map<Intent, List<Term>> intents,
    Map<Threat, List<Term>> threats,
    List<Term> deliveryDisputed,
    Set<String> commonWords) {

  Lexicon {
    intents = Map.copyOf(intents);
    threats = Map.copyOf(threats);
    deliveryDisputed = List.copyOf(deliveryDisputed);
    commonWords = Set.copyOf(commonWords);
  }

  static Lexicon from(String language, Properties properties) {
    Map<Intent, List<Term>> intents = new EnumMap<>(Intent.class);
    for (Intent intent : Intent.values()) {
      List<Term> terms = terms(properties.getProperty("intent." + intent.name()));
      if (!terms.isEmpty()) {
        intents.put(intent, terms);
      }
    }
    Map<Threat, List<Term>> threats = new EnumMap<>(Threat.class);
    for (Threat threat : Threat.values()) {
      threats.put(threat, terms(properties.getProperty("threat." + threat.name())));
    }
    Set<String> common =
        Stream.of(properties.getProperty("language.common_words", "").split("\\s+"))
            .map(TextNormalizer::normalize)
            .filter(word -> !word.isEmpty())
            .collect(Collectors.toSet());
    return new Lexicon(
        language,
        intents,
        threats,
        terms(properties.getProperty("signal.DELIVERY_ATTEMPT_DISPUTED")),
        common);
  }

  private static List<Term> terms(String entries) {
    if (entries == null || entries.isBlank()) {
      return List.of();
    }
    return Stream.of(entries.split("\\|"))
        .filter(entry -> !entry.isBlank())
        .map(Term::parse)
        .toList();
  }

  /** How many of the tokens are among this language's common words. */
  int commonWordHits(List<String> tokens) {
    return (int) tokens.stream().filter(commonWords::contains).count();
  }
}
