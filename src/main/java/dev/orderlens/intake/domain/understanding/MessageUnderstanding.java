package dev.orderlens.intake.domain.understanding;

import dev.orderlens.understanding.domain.MessageClassifier;

/**
 * The one entry point for reading a customer's message: language, intents, threats and a disputed
 * delivery attempt in one {@link Understanding}. Build it once (it reads the lexicons and language
 * profiles) and share it: it keeps no state between calls.
 */
public final class MessageUnderstanding {

  private final LanguageDetector languages;
  private final IntentDetector intents;
  private final MessageClassifier models;

  public MessageUnderstanding(Lexicons lexicons, MessageClassifier models) {
    this.languages = new LanguageDetector(lexicons);
    this.intents = new IntentDetector(lexicons);
    this.models = models;
  }

  /** Loads the bundled lexicons, language profiles and the models the build trained. */
  public static MessageUnderstanding load() {
    return new MessageUnderstanding(Lexicons.load(), MessageClassifier.bundled());
  }

  /** The language alone, for callers that need nothing else. */
  public String language(String text) {
    return languages.detect(text);
  }

  /**
   * Intents and threats from the lexicon rules; the courier complaint category from the model
   * trained on the corpus (a claimed false attempt among them, read from the text alone).
   */
  public Understanding understand(String text) {
    String language = languages.detect(text);
    String category = models.complaint(text, language);
    return new Understanding(
        language,
        intents.intents(text, language),
        intents.threats(text, language),
        "FALSE_ATTEMPT".equals(category) || intents.deliveryAttemptDisputed(text, language),
        category);
  }
}
