package dev.orderlens.understanding.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;

/**
 * What a message asks for and what it says of the courier, read by three naive Bayes document
 * categorizers (Apache OpenNLP) over {@link TextFeatures}: the main intent; every intent the
 * message asks for (trained on each labelled intent, so a further ask gets its share); and the
 * courier complaint category ({@code NONE} when the courier is not the subject). A message with no
 * word the models know is {@code OTHER}. The build trains the models from the corpus's training
 * part ({@code src/corpus/understanding}) and packs them at {@code understanding/*.bin}; nothing is
 * fetched at run time. Load once and share: thread-safe.
 */
public final class MessageClassifier {

  /** The complaint model's label for "no courier complaint". */
  public static final String NO_COMPLAINT = "NONE";

  /** The intent of a message that asks for nothing the models know. */
  public static final String OTHER = "OTHER";

  static final String INTENT_MODEL = "/understanding/intent.bin";
  static final String ALL_INTENTS_MODEL = "/understanding/intents-all.bin";
  static final String COMPLAINT_MODEL = "/understanding/complaint.bin";

  /** A further intent is kept when the all-intents model gives it at least this. */
  static final double SECOND_INTENT = 0.5;

  /**
   * What the models read.
   *
   * @param intents main intent first, then any other with probability of at least {@value
   *     #SECOND_INTENT}
   * @param complaint the courier complaint category, or null
   */
  public record Reading(List<String> intents, String complaint) {}

  /** What OpenNLP's bag-of-words generator, used in training, puts before each word. */
  private static final String BAG_OF_WORDS = "bow=";

  private final TextFeatures features;
  private final NaiveBayesScorer intents;
  private final NaiveBayesScorer allIntents;
  private final NaiveBayesScorer complaints;

  /** The main-intent model's distribution for a message of a language with no known word. */
  private final Map<String, double[]> priors = new java.util.concurrent.ConcurrentHashMap<>();

  public MessageClassifier(
      TextFeatures features, DoccatModel intent, DoccatModel all, DoccatModel complaint) {
    this.features = features;
    this.intents = new NaiveBayesScorer(intent.getMaxentModel());
    this.allIntents = new NaiveBayesScorer(all.getMaxentModel());
    this.complaints = new NaiveBayesScorer(complaint.getMaxentModel());
  }

  /** The models the build trained, from the class path. */
  public static MessageClassifier bundled() {
    return new MessageClassifier(
        new TextFeatures(), model(INTENT_MODEL), model(ALL_INTENTS_MODEL), model(COMPLAINT_MODEL));
  }

  /**
   * Reads the customer's own words of a message ({@link MessageCleaner#readable}) in a language (or
   * null when unknown).
   */
  public Reading read(String own, String language) {
    // The models are evaluated directly on one shared context (the words as the bag-of-words
    // generator named them in training): DocumentCategorizerME would rebuild it for each model.
    String[] context = context(features.features(own, language));
    double[] p = intents.eval(context);
    if (!evidence(p, language)) {
      return new Reading(List.of(OTHER), null);
    }
    String main = intents.best(p);
    List<String> chosen = new ArrayList<>(List.of(main));
    double[] asked = allIntents.eval(context);
    List<Integer> further = new ArrayList<>();
    for (int i = 0; i < asked.length; i++) {
      if (asked[i] >= SECOND_INTENT && !allIntents.outcome(i).equals(main)) {
        further.add(i);
      }
    }
    further.sort(Comparator.comparingDouble((Integer i) -> asked[i]).reversed());
    further.forEach(i -> chosen.add(allIntents.outcome(i)));
    String category = complaints.best(complaints.eval(context));
    return new Reading(List.copyOf(chosen), NO_COMPLAINT.equals(category) ? null : category);
  }

  private static String[] context(String[] words) {
    String[] context = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      context[i] = BAG_OF_WORDS + words[i];
    }
    return context;
  }

  /**
   * Whether the message holds any word the model knows: with none, its distribution is the one a
   * message of the language alone gets, and nothing was read.
   */
  private boolean evidence(double[] p, String language) {
    double[] prior =
        priors.computeIfAbsent(
            String.valueOf(language), l -> intents.eval(context(features.features("", language))));
    for (int i = 0; i < p.length; i++) {
      if (Math.abs(p[i] - prior[i]) > 1e-9) {
        return true;
      }
    }
    return false;
  }

  static DoccatModel model(String resource) {
    try (InputStream in = MessageClassifier.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is missing: the build trains it from src/corpus/understanding");
      }
      return new DoccatModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
