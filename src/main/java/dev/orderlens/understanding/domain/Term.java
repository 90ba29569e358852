package dev.orderlens.understanding.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One lexicon entry compiled to a pattern over folded text. Syntax: words must be adjacent; a word
 * ending in {@code *} is a stem and matches any ending ("deliver*" → "delivered", "delivery"); the
 * token {@code ~} skips up to three words that are neither negations nor the lexicon's gap stops
 * such as "will" ("i was ~ home" matches "i was at home", never "i was not at home"; "says ~
 * delivered" never matches "says it will be delivered"); neither reaches across a clause. A match
 * directly preceded (within two words) by a negation is ignored unless the entry itself starts with
 * one, so "not damaged" is not a damage claim.
 */
record Term(
    String source,
    Pattern pattern,
    boolean negated,
    String[] words,
    boolean[] stems,
    boolean startsWithWord) {

  static Term compile(String source, List<String> negations, List<String> gapStops) {
    String folded = TextNormalizer.fold(source.replace("~", " zzgapzz ").replace("*", "zzstemzz"));
    String stopAlternatives =
        Stream.concat(negations.stream(), gapStops.stream())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    String[] words = folded.split(" ");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (word.equals("zzgapzz")) {
        regex.append("(?:(?!(?:").append(stopAlternatives).append(") )[^\\s.]+ ){0,3}");
        continue;
      }
      if (word.endsWith("zzstemzz")) {
        regex.append(Pattern.quote(word.substring(0, word.length() - 8))).append("[^\\s.]*");
      } else {
        regex.append(Pattern.quote(word));
      }
      boolean lastOrBeforeGap = i + 1 == words.length;
      regex.append(lastOrBeforeGap ? "(?![\\p{L}\\p{N}])" : " ");
    }
    boolean negated = words.length > 0 && negations.contains(words[0]);
    String[] literal = Stream.of(words).filter(w -> !w.equals("zzgapzz")).toArray(String[]::new);
    String[] plain = new String[literal.length];
    boolean[] stems = new boolean[literal.length];
    for (int i = 0; i < literal.length; i++) {
      stems[i] = literal[i].endsWith("zzstemzz");
      plain[i] = literal[i].replace("zzstemzz", "");
    }
    boolean startsWithWord = words.length > 0 && !words[0].equals("zzgapzz") && !words[0].isEmpty();
    return new Term(
        source, Pattern.compile(regex.toString()), negated, plain, stems, startsWithWord);
  }

  /** Whether the folded text holds this term somewhere not cancelled by a negation. */
  boolean occursIn(FoldedText text, List<String> negations) {
    for (int i = 0; i < words.length; i++) {
      if (!text.mayHold(words[i], stems[i])) {
        return false; // a word of the phrase is missing: no need to run the pattern
      }
    }
    String folded = text.text();
    Matcher m = pattern.matcher(folded);
    if (!startsWithWord) {
      while (m.find()) {
        if (negated || !negatedBefore(folded, m.start(), negations)) {
          return true;
        }
      }
      return false;
    }
    // A match starts where the phrase's first word does: try only there.
    m.useTransparentBounds(true);
    for (int start : text.startsOf(words[0], stems[0])) {
      m.region(start, folded.length());
      if (m.lookingAt() && (negated || !negatedBefore(folded, start, negations))) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedBefore(String folded, int start, List<String> negations) {
    String[] before = folded.substring(0, start).strip().split(" ");
    for (int i = before.length - 1; i >= Math.max(0, before.length - 2); i--) {
      if (before[i].equals(".")) {
        return false;
      }
      if (negations.contains(before[i])) {
        return true;
      }
    }
    return false;
  }
}
