package dev.orderlens.understanding.training;

import dev.orderlens.understanding.domain.Intent;
import dev.orderlens.understanding.domain.MessageClassifier;
import dev.orderlens.understanding.domain.MessageCleaner;
import dev.orderlens.understanding.domain.TextFeatures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Chooses the yes/no models' threshold for a further intent on the training part alone (two folds:
 * trained on one half, measured on the other), so the held-back part stays unseen. Prints, for each
 * threshold, the further asks found and those said that were not asked; {@link MessageClassifier}
 * uses the lowest threshold at which at least half of what is said was asked. Measured (of 1,379
 * further asks): logistic yes/no models at 0.4, 460 found and 422 not asked; naive Bayes yes/no
 * models needed 0.9999 for that, 290 found and 245 not asked. Run with {@code ./mvnw -q
 * test-compile exec:java
 * -Dexec.mainClass=dev.orderlens.understanding.training.FurtherIntentThreshold
 * -Dexec.classpathScope=test -Dexec.args=src/corpus/understanding}.
 */
public final class FurtherIntentThreshold {

  private static final double[] THRESHOLDS = {
    0.2, 0.3, 0.4, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999
  };

  private FurtherIntentThreshold() {}

  public static void main(String[] args) throws IOException {
    List<Corpus.Message> train = Corpus.read(Path.of(args[0]), "train");
    TextFeatures features = new TextFeatures();
    long[] found = new long[THRESHOLDS.length];
    long[] extra = new long[THRESHOLDS.length];
    long asked = 0;
    for (int fold = 0; fold < 2; fold++) {
      List<Corpus.Message> learn = new ArrayList<>();
      List<Corpus.Message> measure = new ArrayList<>();
      for (int i = 0; i < train.size(); i++) {
        (i % 2 == fold ? measure : learn).add(train.get(i));
      }
      MaxentModel main =
          ModelTrainer.train(learn, features, Corpus.Message::mainIntent).getMaxentModel();
      Map<Intent, MaxentModel> asks = new java.util.EnumMap<>(Intent.class);
      for (Intent intent : MessageClassifier.ASKABLE) {
        DoccatModel model =
            ModelTrainer.logistic(
                learn,
                features,
                m -> m.intents().contains(intent.name()) ? "yes" : "no",
                Integer.getInteger("understanding.asks-cutoff", ModelTrainer.ASKS_CUTOFF));
        asks.put(intent, model.getMaxentModel());
      }
      for (Corpus.Message m : measure) {
        String[] words = features.features(MessageCleaner.readable(m.text()), m.language());
        String[] context = new String[words.length];
        for (int i = 0; i < words.length; i++) {
          context[i] = "bow=" + words[i];
        }
        String predictedMain = main.getBestOutcome(main.eval(context));
        List<String> truthFurther = m.intents().subList(1, m.intents().size());
        asked += truthFurther.size();
        for (var e : asks.entrySet()) {
          String intent = e.getKey().name();
          if (intent.equals(predictedMain)) {
            continue;
          }
          double[] p = e.getValue().eval(context);
          double yes = p[e.getValue().getIndex("yes")];
          for (int t = 0; t < THRESHOLDS.length; t++) {
            if (yes >= THRESHOLDS[t]) {
              if (truthFurther.contains(intent)) {
                found[t]++;
              } else if (!m.intents().contains(intent)) {
                extra[t]++;
              }
            }
          }
        }
      }
    }
    for (int t = 0; t < THRESHOLDS.length; t++) {
      System.out.printf(
          "threshold %.4f: further asks found %d of %d, said that were not asked %d%n",
          THRESHOLDS[t], found[t], asked, extra[t]);
    }
  }
}
