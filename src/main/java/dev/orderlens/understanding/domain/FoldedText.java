package dev.orderlens.understanding.domain;

import java.util.Arrays;

/**
 * A message folded once ({@link TextNormalizer#fold}) with a sorted index of its words, so a phrase
 * whose anchor word is absent is ruled out by a binary search instead of a scan of the text: a
 * message is checked against hundreds of phrases.
 */
final class FoldedText {

  private final String text;
  private final String[] words;

  private FoldedText(String text) {
    this.text = text;
    this.words =
        text.isEmpty()
            ? new String[0]
            : Arrays.stream(text.split(" ")).distinct().sorted().toArray(String[]::new);
  }

  static FoldedText of(String raw) {
    return new FoldedText(TextNormalizer.fold(raw));
  }

  /** The folded text: words separated by single spaces, sentence ends as "." words. */
  String text() {
    return text;
  }

  /** Whether the text has this word, or (for a stem) a word starting with it. */
  boolean mayHold(String word, boolean stem) {
    if (word.isEmpty()) {
      return true;
    }
    int at = Arrays.binarySearch(words, word);
    if (at >= 0) {
      return true;
    }
    int next = -at - 1;
    return stem && next < words.length && words[next].startsWith(word);
  }
}
