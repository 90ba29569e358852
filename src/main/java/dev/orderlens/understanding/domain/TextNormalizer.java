package dev.orderlens.understanding.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text so lexicon terms match however a customer types: lower case, no accents ("é" → "e",
 * "ő" → "o", "й" → "и", "ё" → "е"), "ß" → "ss", English "n't" joined ("didn't" → "didnt"), any
 * other apostrophe and every other non-letter a single space ("l'adresse" → "l adresse"), except
 * that sentence punctuation (not commas) becomes a lone "." word, so neither a phrase nor a
 * negation reaches across a clause ("it hasn't arrived. I was home" keeps "I was home"). Lexicon
 * entries pass through the same folding, so they may be written with or without accents.
 */
public final class TextNormalizer {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_CONTRACTION = Pattern.compile("n['’ʼ]t\\b");
  private static final Pattern CLAUSE_END = Pattern.compile("[.!?;:()]+|\\R");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+");

  private TextNormalizer() {}

  /** The text folded to single-space separated words, sentence ends as "." words. */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
    String stripped =
        MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    String joined = NOT_CONTRACTION.matcher(stripped).replaceAll("nt");
    String clauses = CLAUSE_END.matcher(joined).replaceAll(" . ");
    return NON_WORD.matcher(clauses).replaceAll(" ").strip();
  }

  /** The folded words of the text, without sentence marks; empty for null or blank text. */
  public static List<String> tokens(String text) {
    String folded = fold(text);
    if (folded.isEmpty()) {
      return List.of();
    }
    return java.util.Arrays.stream(folded.split(" "))
        .filter(w -> !w.isEmpty() && !w.equals("."))
        .toList();
  }

  /** The folded words as one string (sentence marks dropped). */
  public static String normalize(String text) {
    return String.join(" ", tokens(text));
  }
}
