package dev.orderlens.intake.domain.understanding;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns text into comparable tokens: lower case, accents and other combining marks removed ("è",
 * "é" and "e" compare equal, as do "ё" and "е"), punctuation as spaces. Lexicon entries go through
 * the same steps, so a customer who types without accents still matches.
 */
public final class TextNormalizer {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextNormalizer() {}

  /** The text as one normalised string of single-space separated tokens. */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String folded = text.replace("ß", "ss").replace("ẞ", "ss").toLowerCase(Locale.ROOT);
    String stripped =
        MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    return NON_WORD.matcher(stripped).replaceAll(" ").strip();
  }

  /** The normalised tokens of the text; empty for null or blank text. */
  public static List<String> tokens(String text) {
    String normalized = normalize(text);
    return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
  }
}
