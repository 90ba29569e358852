package dev.orderlens.intake.domain.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * One lexicon entry: a few words that must appear in this order, with at most {@value #MAX_GAP}
 * other words between two of them, so "cancel order" also finds "cancel my whole order". A word
 * written with a trailing {@code *} is a stem and matches every word it starts ("refund*" finds
 * "refunded"); without it the word must match exactly, which keeps short words like "ups" from
 * matching inside longer ones.
 */
record Term(String text, List<String> words, List<Boolean> stems) {

  static final int MAX_GAP = 3;

  Term {
    words = List.copyOf(words);
    stems = List.copyOf(stems);
    if (words.isEmpty() || words.size() != stems.size()) {
      throw new IllegalArgumentException("Empty lexicon term: '" + text + "'");
    }
  }

  /** Parses a lexicon entry such as {@code "dov'è* ordin*"}, normalising each word. */
  static Term parse(String entry) {
    List<String> words = new ArrayList<>();
    List<Boolean> stems = new ArrayList<>();
    for (String raw : entry.strip().split("\\s+")) {
      boolean stem = raw.endsWith("*");
      List<String> parts = TextNormalizer.tokens(stem ? raw.substring(0, raw.length() - 1) : raw);
      for (int i = 0; i < parts.size(); i++) {
        words.add(parts.get(i));
        stems.add(stem && i == parts.size() - 1);
      }
    }
    return new Term(entry.strip(), words, stems);
  }

  /** The index of the token where the first match starts, or -1 when the term does not occur. */
  int firstMatch(List<String> tokens) {
    for (int start = 0; start < tokens.size(); start++) {
      if (matchesWord(0, tokens.get(start)) && restMatches(tokens, start)) {
        return start;
      }
    }
    return -1;
  }

  private boolean restMatches(List<String> tokens, int start) {
    int position = start;
    for (int w = 1; w < words.size(); w++) {
      int found = -1;
      int last = Math.min(tokens.size() - 1, position + MAX_GAP + 1);
      for (int i = position + 1; i <= last && found < 0; i++) {
        if (matchesWord(w, tokens.get(i))) {
          found = i;
        }
      }
      if (found < 0) {
        return false;
      }
      position = found;
    }
    return true;
  }

  private boolean matchesWord(int index, String token) {
    String word = words.get(index);
    return stems.get(index) ? token.startsWith(word) : token.equals(word);
  }
}
