package dev.orderlens.understanding.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The one engine that reads a customer's message: its language, what it asks for (intents, main one
 * first) and what it says of the courier (the complaint category, a claimed false attempt among
 * them), read by the models the build trained on the corpus; threats and a named cause by
 * hand-written phrases, where a false alarm costs more than a miss. Build it once (it reads the
 * models, lexicons and language profiles) and share it: it keeps no state between calls.
 */
public final class MessageUnderstanding {

  private final LanguageDetector languages;
  private final PhraseRules phrases;
  private final MessageClassifier models;

  public MessageUnderstanding(Lexicons lexicons, MessageClassifier models) {
    this.languages = new LanguageDetector(lexicons);
    this.phrases = new PhraseRules(lexicons);
    this.models = models;
  }

  /** Loads the bundled lexicons, language profiles and the models the build trained. */
  public static MessageUnderstanding load() {
    return new MessageUnderstanding(Lexicons.load(), MessageClassifier.bundled());
  }

  /** Reads a message: the subject and body as the customer sent them. */
  public Understanding understand(String text) {
    String own = MessageCleaner.readable(text);
    String language = languages.detect(own);
    MessageClassifier.Reading reading = models.read(own, language);
    List<Intent> intents = new ArrayList<>();
    for (String intent : reading.intents()) {
      intents.add(Intent.valueOf(intent));
    }
    FoldedText folded = FoldedText.of(own);
    Understanding.CourierWords words = phrases.courierWords(folded, language);
    boolean disputed =
        "FALSE_ATTEMPT".equals(reading.complaint())
            || words.presence()
            || phrases.deliveryAttemptDisputed(folded, language);
    return new Understanding(
        language, intents, phrases.threats(folded, language), disputed, reading.complaint(), words);
  }
}
