package dev.orderlens.intake.domain.understanding;

/**
 * The one entry point for reading a customer's message: language, intents, threats and a disputed
 * delivery attempt in one {@link Understanding}. Build it once (it reads the lexicons and language
 * profiles) and share it: it keeps no state between calls.
 */
public final class MessageUnderstanding {

  private final LanguageDetector languages;
  private final IntentDetector intents;

  public MessageUnderstanding(Lexicons lexicons) {
    this.languages = new LanguageDetector(lexicons);
    this.intents = new IntentDetector(lexicons);
  }

  /** Loads the bundled lexicons and language profiles. */
  public static MessageUnderstanding load() {
    return new MessageUnderstanding(Lexicons.load());
  }

  public Understanding understand(String text) {
    String language = languages.detect(text);
    return new Understanding(
        language,
        intents.intents(text, language),
        intents.threats(text, language),
        intents.deliveryAttemptDisputed(text, language));
  }
}
