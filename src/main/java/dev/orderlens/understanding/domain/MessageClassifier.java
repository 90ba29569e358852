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
 * What a message asks for and what it says of the courier, read by two maximum-entropy document
 * categorizers (Apache OpenNLP) over {@link TextFeatures}: one for the main intent, one for the
 * courier complaint category ({@code NONE} when the courier is not the subject). The build trains
 * both from {@code src/corpus/understanding/*}/train.jsonl and packs them at {@code
 * understanding/*.bin}; nothing is fetched at run time. Load once and share: thread-safe.
 */
public final class MessageClassifier {

  /** The complaint model's label for "no courier complaint". */
  public static final String NO_COMPLAINT = "NONE";

  static final String INTENT_MODEL = "/understanding/intent.bin";
  static final String COMPLAINT_MODEL = "/understanding/complaint.bin";

  /** A further intent is kept when its probability is at least this. */
  static final double SECOND_INTENT = 0.25;

  /**
   * What the models read.
   *
   * @param intents main intent first, then any other with probability of at least {@value
   *     #SECOND_INTENT}
   * @param complaint the courier complaint category, or null
   * @param complaintProbability the model's probability of that category (of NONE when null)
   */
  public record Reading(
      List<String> intents,
      Map<String, Double> intentProbabilities,
      String complaint,
      double complaintProbability) {}

  private final TextFeatures features;
  private final DoccatModel intentModel;
  private final DoccatModel complaintModel;
  private final ThreadLocal<DocumentCategorizerME> intents;
  private final ThreadLocal<DocumentCategorizerME> complaints;

  public MessageClassifier(TextFeatures features, DoccatModel intent, DoccatModel complaint) {
    this.features = features;
    this.intentModel = intent;
    this.complaintModel = complaint;
    this.intents = ThreadLocal.withInitial(() -> new DocumentCategorizerME(intentModel));
    this.complaints = ThreadLocal.withInitial(() -> new DocumentCategorizerME(complaintModel));
  }

  /** The models the build trained, from the class path. */
  public static MessageClassifier bundled() {
    return new MessageClassifier(new TextFeatures(), model(INTENT_MODEL), model(COMPLAINT_MODEL));
  }

  /** Reads a message (subject and body) in a language (or null when unknown). */
  public Reading read(String text, String language) {
    String[] f = features.features(MessageCleaner.ownWords(text), language);
    DocumentCategorizerME intent = intents.get();
    double[] p = intent.categorize(f);
    Map<String, Double> byIntent = new LinkedHashMap<>();
    for (int i = 0; i < p.length; i++) {
      byIntent.put(intent.getCategory(i), p[i]);
    }
    List<String> ranked = new ArrayList<>(byIntent.keySet());
    ranked.sort(Comparator.comparingDouble(byIntent::get).reversed());
    List<String> chosen = new ArrayList<>();
    chosen.add(ranked.get(0));
    for (String label : ranked.subList(1, ranked.size())) {
      if (byIntent.get(label) >= SECOND_INTENT) {
        chosen.add(label);
      }
    }
    DocumentCategorizerME complaint = complaints.get();
    double[] c = complaint.categorize(f);
    String category = complaint.getBestCategory(c);
    double probability = c[complaint.getIndex(category)];
    return new Reading(
        List.copyOf(chosen),
        Map.copyOf(byIntent),
        NO_COMPLAINT.equals(category) ? null : category,
        probability);
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
