package dev.orderlens.carrier.domain.classification;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.blame.Cause;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One language's complaint vocabulary, read once from {@code complaints/complaints_<lang>
 * .properties} (UTF-8). Keys: {@code negations} and {@code gap.stops} (space-separated words a gap
 * never skips), {@code category.<NAME>}, {@code presence} (the customer says they were there) and
 * {@code cause.<NAME>}; values are terms separated by {@code |} in {@link Term} syntax.
 */
record Lexicon(
    String language,
    List<String> negations,
    Map<ComplaintCategory, List<Term>> categories,
    List<Term> presence,
    Map<Cause, List<Term>> causes) {

  static Lexicon load(String language) {
    String resource = "complaints/complaints_" + language + ".properties";
    Properties p = new Properties();
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing lexicon " + resource);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable lexicon " + resource, e);
    }
    List<String> negations = words(p.getProperty("negations"));
    List<String> stops = words(p.getProperty("gap.stops"));
    Map<ComplaintCategory, List<Term>> categories = new EnumMap<>(ComplaintCategory.class);
    for (ComplaintCategory c : ComplaintCategory.values()) {
      categories.put(c, terms(p.getProperty("category." + c.name()), negations, stops));
    }
    Map<Cause, List<Term>> causes = new EnumMap<>(Cause.class);
    for (Cause c : Cause.values()) {
      causes.put(c, terms(p.getProperty("cause." + c.name()), negations, stops));
    }
    return new Lexicon(
        language,
        negations,
        categories,
        terms(p.getProperty("presence"), negations, stops),
        causes);
  }

  /** How many distinct terms of the list occur in the folded text. */
  int hits(List<Term> terms, String folded) {
    return (int) terms.stream().filter(t -> t.occursIn(folded, negations)).count();
  }

  private static List<String> words(String value) {
    return Arrays.stream(TextNormalizer.fold(value).split(" ")).filter(w -> !w.isEmpty()).toList();
  }

  private static List<Term> terms(String value, List<String> negations, List<String> stops) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split("\\|"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> Term.compile(s, negations, stops))
        .toList();
  }
}
