package dev.orderlens.understanding.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The hand-written phrases of one language, read once from {@code
 * understanding/lexicon_<code>.properties} (UTF-8): {@code negations} and {@code gap.stops} (words
 * a gap never skips), {@code threat.<NAME>}, {@code signal.DELIVERY_ATTEMPT_DISPUTED} and {@code
 * presence} (the customer says they were there), {@code category.<NAME>} (courier complaint
 * phrases, backing up the model), {@code cause.<NAME>} (a cause the customer names), and {@code
 * language.common_words} (the fallback when the statistical language detector is unsure). Values
 * are phrases separated by {@code |} in {@link Term} syntax. Intents are the models' work.
 */
record Lexicon(
    String language,
    List<String> negations,
    Map<Threat, List<Term>> threats,
    List<Term> deliveryDisputed,
    List<Term> presence,
    Map<String, List<Term>> categories,
    Map<String, List<Term>> causes,
    Set<String> commonWords) {

  static Lexicon from(String language, Properties p) {
    List<String> negations = words(p.getProperty("negations"));
    List<String> stops = words(p.getProperty("gap.stops"));
    Map<Threat, List<Term>> threats = new EnumMap<>(Threat.class);
    for (Threat threat : Threat.values()) {
      threats.put(threat, terms(p.getProperty("threat." + threat.name()), negations, stops));
    }
    return new Lexicon(
        language,
        negations,
        Map.copyOf(threats),
        terms(p.getProperty("signal.DELIVERY_ATTEMPT_DISPUTED"), negations, stops),
        terms(p.getProperty("presence"), negations, stops),
        grouped(p, "category.", negations, stops),
        grouped(p, "cause.", negations, stops),
        Set.copyOf(words(p.getProperty("language.common_words"))));
  }

  /** How many distinct phrases of the list occur in the folded text. */
  int hits(List<Term> terms, FoldedText folded) {
    int n = 0;
    for (Term t : terms) {
      if (t.occursIn(folded, negations)) {
        n++;
      }
    }
    return n;
  }

  /** How many of the tokens are among this language's common words. */
  int commonWordHits(List<String> tokens) {
    return (int) tokens.stream().filter(commonWords::contains).count();
  }

  private static Map<String, List<Term>> grouped(
      Properties p, String prefix, List<String> negations, List<String> stops) {
    Map<String, List<Term>> out = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith(prefix)) {
        out.put(key.substring(prefix.length()), terms(p.getProperty(key), negations, stops));
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static List<String> words(String value) {
    return value == null ? List.of() : TextNormalizer.tokens(value);
  }

  private static List<Term> terms(String value, List<String> negations, List<String> stops) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split("\\|"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> Term.compile(s, negations, stops))
        .collect(Collectors.toUnmodifiableList());
  }
}
