package dev.orderlens.understanding.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

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

  private final TextFeatures features;
  private final ThreadLocal<DocumentCategorizerME> intents;
  private final ThreadLocal<DocumentCategorizerME> allIntents;
  private final ThreadLocal<DocumentCategorizerME> complaints;

  /** The main-intent model's distribution for a message of a language with no known word. */
  private final Map<String, double[]> priors = new java.util.concurrent.ConcurrentHashMap<>();

  public MessageClassifier(
      TextFeatures features, DoccatModel intent, DoccatModel all, DoccatModel complaint) {
    this.features = features;
    this.intents = ThreadLocal.withInitial(() -> new DocumentCategorizerME(intent));
    this.allIntents = ThreadLocal.withInitial(() -> new DocumentCategorizerME(all));
    this.complaints = ThreadLocal.withInitial(() -> new DocumentCategorizerME(complaint));
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
    String[] f = features.features(own, language);
    DocumentCategorizerME intent = intents.get();
    double[] p = intent.categorize(f);
    if (!evidence(intent, p, language)) {
      return new Reading(List.of(OTHER), null);
    }
    String main = intent.getBestCategory(p);
    List<String> chosen = new ArrayList<>(List.of(main));
    DocumentCategorizerME all = allIntents.get();
    Map<String, Double> asked = distribution(all, all.categorize(f));
    asked.entrySet().stream()
        .filter(e -> !e.getKey().equals(main) && e.getValue() >= SECOND_INTENT)
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> chosen.add(e.getKey()));
    return new Reading(List.copyOf(chosen), complaint(f));
  }

  private String complaint(String[] f) {
    DocumentCategorizerME model = complaints.get();
    String category = model.getBestCategory(model.categorize(f));
    return NO_COMPLAINT.equals(category) ? null : category;
  }

  /**
   * Whether the message holds any word the model knows: with none, its distribution is the one a
   * message of the language alone gets, and nothing was read.
   */
  private boolean evidence(DocumentCategorizerME model, double[] p, String language) {
    double[] prior =
        priors.computeIfAbsent(
            String.valueOf(language), l -> model.categorize(features.features("", language)));
    for (int i = 0; i < p.length; i++) {
      if (Math.abs(p[i] - prior[i]) > 1e-9) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Double> distribution(DocumentCategorizerME model, double[] p) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < p.length; i++) {
      out.put(model.getCategory(i), p[i]);
    }
    return out;
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
