package dev.orderlens.understanding.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The lexicons of the languages Orderlens understands, read once from the classpath. Adding a
 * language means adding its code here and its {@code understanding/lexicon_<code>.properties}.
 */
public final class Lexicons {

  /** ISO 639-1 codes of the supported languages. */
  public static final List<String> SUPPORTED = List.of("en", "it", "ru", "hu", "de", "fr", "es");

  private final Map<String, Lexicon> byLanguage;

  private Lexicons(Map<String, Lexicon> byLanguage) {
    this.byLanguage = byLanguage;
  }

  /** Reads every supported language's resource file; fails fast when one is missing. */
  public static Lexicons load() {
    Map<String, Lexicon> lexicons = new LinkedHashMap<>();
    for (String language : SUPPORTED) {
      lexicons.put(language, Lexicon.from(language, read(language)));
    }
    return new Lexicons(Map.copyOf(lexicons));
  }

  private static Properties read(String language) {
    String resource = "understanding/lexicon_" + language + ".properties";
    try (InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing lexicon resource " + resource);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon " + resource, e);
    }
  }

  Lexicon of(String language) {
    return byLanguage.get(language);
  }

  List<Lexicon> all() {
    return SUPPORTED.stream().map(byLanguage::get).toList();
  }
}
