package dev.orderlens.understanding.domain;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells which of the supported languages a short customer message is in. Cyrillic text is Russian
 * (the only Cyrillic language supported); otherwise optimaize's n-gram detector, restricted to the
 * seven supported profiles, decides when it is confident, and the lexicons' common words decide
 * when it is not, or when a short message's words clearly contradict it. Short messages ("Hi, where
 * is #1001?") are where statistics alone guess wrong.
 */
public final class LanguageDetector {

  /** The statistical detector's probability from which its answer is taken as it is. */
  static final double CONFIDENT = 0.90;

  /** Fixed seed of the detector's sampling of long texts: the same text always gets one answer. */
  private static final long SEED = 57L;

  /** The first this many characters tell the language of a long message as well as all of it. */
  static final int SAMPLE = 600;

  /** Messages of at most this many words are short: n-grams alone are not trusted there. */
  static final int SHORT = 12;

  private final com.optimaize.langdetect.LanguageDetector statistical;
  private final TextObjectFactory textFactory =
      CommonTextObjectFactories.forDetectingShortCleanText();
  private final Lexicons lexicons;

  public LanguageDetector(Lexicons lexicons) {
    this.lexicons = lexicons;
    try {
      this.statistical =
          LanguageDetectorBuilder.create(NgramExtractors.standard())
              .withProfiles(new LanguageProfileReader().read(Lexicons.SUPPORTED))
              .seed(SEED)
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the language profiles", e);
    }
  }

  /** The ISO 639-1 code of the text's language, or null when it cannot be told. */
  public String detect(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > SAMPLE) {
      text = text.substring(0, SAMPLE);
    }
    if (mostlyCyrillic(text)) {
      return "ru";
    }
    List<DetectedLanguage> guesses = statistical.getProbabilities(textFactory.forText(text));
    String best = guesses.isEmpty() ? null : guesses.get(0).getLocale().getLanguage();
    boolean confident = !guesses.isEmpty() && guesses.get(0).getProbability() >= CONFIDENT;
    List<String> tokens = TextNormalizer.tokens(text);
    String byWords = byCommonWords(tokens);
    if (confident && !(tokens.size() <= SHORT && wordsClearlyDisagree(tokens, best, byWords))) {
      return best;
    }
    return byWords != null ? byWords : best;
  }

  /**
   * In a short message n-grams can be confidently wrong ("Hallo, wo ist #1001?" reads as English),
   * so there the common words win when they clearly point elsewhere.
   */
  private boolean wordsClearlyDisagree(List<String> tokens, String best, String byWords) {
    if (byWords == null || byWords.equals(best)) {
      return false;
    }
    int wordsHits = lexicons.of(byWords).commonWordHits(tokens);
    Lexicon statistical = lexicons.of(best);
    int bestHits = statistical == null ? 0 : statistical.commonWordHits(tokens);
    return wordsHits >= 2 && wordsHits >= 2 * bestHits + 1;
  }

  private String byCommonWords(List<String> tokens) {
    Map<String, Integer> hits =
        lexicons.all().stream()
            .collect(
                Collectors.toMap(Lexicon::language, lexicon -> lexicon.commonWordHits(tokens)));
    List<Map.Entry<String, Integer>> ranked =
        hits.entrySet().stream()
            .filter(entry -> entry.getValue() > 0)
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
            .toList();
    if (ranked.isEmpty()
        || ranked.size() > 1 && ranked.get(0).getValue().equals(ranked.get(1).getValue())) {
      return null;
    }
    return ranked.get(0).getKey();
  }

  private static boolean mostlyCyrillic(String text) {
    Map<Boolean, Long> letters =
        text.codePoints()
            .filter(Character::isLetter)
            .boxed()
            .collect(
                Collectors.groupingBy(
                    cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC,
                    Collectors.counting()));
    long cyrillic = letters.getOrDefault(true, 0L);
    return cyrillic > 0 && cyrillic >= letters.getOrDefault(false, 0L);
  }
}
