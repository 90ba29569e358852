package dev.orderlens.understanding.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A message folded once ({@link TextNormalizer#fold}) with a sorted index of its words and where
 * each starts, so a phrase is ruled out by binary searches when one of its words is absent, and is
 * otherwise tried only where its first word stands instead of at every character: a message is
 * checked against hundreds of phrases.
 */
final class FoldedText {

  private final String text;
  private final String[] words;
  private final int[][] starts;

  private FoldedText(String text) {
    this.text = text;
    List<String> tokens = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int end = text.indexOf(' ', from);
      if (end < 0) {
        end = text.length();
      }
      if (end > from) {
        tokens.add(text.substring(from, end));
        at.add(from);
      }
      from = end + 1;
    }
    Integer[] order = new Integer[tokens.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(tokens::get));
    List<String> distinct = new ArrayList<>();
    List<int[]> positions = new ArrayList<>();
    for (int i = 0; i < order.length; ) {
      String word = tokens.get(order[i]);
      int j = i;
      while (j < order.length && tokens.get(order[j]).equals(word)) {
        j++;
      }
      int[] p = new int[j - i];
      for (int k = i; k < j; k++) {
        p[k - i] = at.get(order[k]);
      }
      distinct.add(word);
      positions.add(p);
      i = j;
    }
    this.words = distinct.toArray(String[]::new);
    this.starts = positions.toArray(int[][]::new);
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

  /** Where the word (or, for a stem, any word starting with it) starts in the text. */
  List<Integer> startsOf(String word, boolean stem) {
    int at = Arrays.binarySearch(words, word);
    int i = at >= 0 ? at : -at - 1;
    List<Integer> out = new ArrayList<>();
    for (; i < words.length && words[i].startsWith(word); i++) {
      if (!stem && !words[i].equals(word)) {
        break;
      }
      for (int start : starts[i]) {
        out.add(start);
      }
    }
    return out;
  }
}
