package dev.orderlens.understanding.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.German2Stemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * A message as the classifiers see it: Lucene's standard tokenizer, lower case, accents folded (so
 * "perche" and "perché", "ueber" and "über" meet), each word stemmed with its language's Snowball
 * stemmer; then every stem, every pair of neighbouring stems, the first {@value #PREFIX} letters of
 * each longer word (inflected forms the stemmer misses still meet, which matters most for Russian
 * and Hungarian), and the language itself. Thread-safe: the analyzer and stemmers are per thread.
 */
public final class TextFeatures {

  /** Words longer than this also give their first letters as a feature. */
  static final int PREFIX = 5;

  private static final Map<String, Supplier<SnowballStemmer>> STEMMERS =
      Map.of(
          "en", EnglishStemmer::new,
          "it", ItalianStemmer::new,
          "ru", RussianStemmer::new,
          "hu", HungarianStemmer::new,
          "de", German2Stemmer::new,
          "fr", FrenchStemmer::new,
          "es", SpanishStemmer::new);

  private final Analyzer words = new FoldingAnalyzer();
  private final ThreadLocal<Map<String, SnowballStemmer>> stemmers =
      ThreadLocal.withInitial(HashMap::new);

  /** The classifier's features of a text in a language (ISO 639-1, or null when unknown). */
  public String[] features(String text, String language) {
    List<String> folded = words(text);
    SnowballStemmer stemmer = stemmer(language);
    java.util.Set<String> features = new java.util.LinkedHashSet<>(folded.size() * 4 + 1);
    String previous = null;
    for (String word : folded) {
      String stem = stem(stemmer, word);
      features.add(stem);
      if (previous != null) {
        features.add(previous + "_" + stem);
      }
      if (word.length() > PREFIX) {
        features.add("p_" + word.substring(0, PREFIX));
      }
      previous = stem;
    }
    features.add("lang_" + (language == null ? "unknown" : language));
    return features.toArray(String[]::new);
  }

  private List<String> words(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = words.tokenStream("text", new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString().replace('ё', 'е'));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private SnowballStemmer stemmer(String language) {
    Supplier<SnowballStemmer> factory = language == null ? null : STEMMERS.get(language);
    return factory == null ? null : stemmers.get().computeIfAbsent(language, l -> factory.get());
  }

  private static String stem(SnowballStemmer stemmer, String word) {
    if (stemmer == null) {
      return word;
    }
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /** Standard tokenizer, lower case, accents folded. */
  private static final class FoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
    }
  }
}
