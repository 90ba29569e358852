package dev.orderlens.understanding.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
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
 * stemmer, then every stem and every pair of neighbouring stems, plus the language itself. Words of
 * an unknown language are only folded. Thread-safe: Lucene analyzers keep per-thread state.
 */
public final class TextFeatures {

  private static final Map<String, Supplier<SnowballStemmer>> STEMMERS =
      Map.of(
          "en", EnglishStemmer::new,
          "it", ItalianStemmer::new,
          "ru", RussianStemmer::new,
          "hu", HungarianStemmer::new,
          "de", German2Stemmer::new,
          "fr", FrenchStemmer::new,
          "es", SpanishStemmer::new);

  private final Map<String, Analyzer> analyzers;
  private final Analyzer plain;

  public TextFeatures() {
    Map<String, Analyzer> byLanguage = new java.util.HashMap<>();
    STEMMERS.forEach((language, stemmer) -> byLanguage.put(language, analyzer(stemmer)));
    this.analyzers = Map.copyOf(byLanguage);
    this.plain = analyzer(null);
  }

  /** The stems of a text in a language (ISO 639-1, or null when unknown). */
  public List<String> stems(String text, String language) {
    Analyzer analyzer = language == null ? plain : analyzers.getOrDefault(language, plain);
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
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

  /** The classifier's features of a text: stems, neighbouring pairs of stems, the language. */
  public String[] features(String text, String language) {
    List<String> stems = stems(text, language);
    List<String> features = new ArrayList<>(stems.size() * 2 + 1);
    features.addAll(stems);
    for (int i = 1; i < stems.size(); i++) {
      features.add(stems.get(i - 1) + "_" + stems.get(i));
    }
    features.add("lang_" + (language == null ? "unknown" : language));
    return features.toArray(String[]::new);
  }

  private static Analyzer analyzer(Supplier<SnowballStemmer> stemmer) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        if (stemmer != null) {
          stream = new SnowballFilter(stream, stemmer.get());
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }
}
