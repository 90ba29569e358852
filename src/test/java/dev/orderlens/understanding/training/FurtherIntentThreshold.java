package dev.orderlens.understanding.training;

import dev.orderlens.understanding.domain.Intent;
import dev.orderlens.understanding.domain.MessageClassifier;
import dev.orderlens.understanding.domain.TextFeatures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Chooses the yes/no models' threshold for a further intent on the training part alone (two folds:
 * trained on one half, measured on the other), so the held-back part stays unseen. The main intent
 * and courier category are chosen as the runtime chooses them ({@link MessageClassifier#joint}),
 * and so are the further asks ({@link MessageClassifier#asksFurther}: a courier complaint when
 * there is a courier category). Prints, for each threshold, the further asks found and those said
 * that were not asked. The rule: the lowest threshold at which at least half of what is said was
 * asked. Measured on batches 1 to 7 (1,482 further asks): 0.3 gives 619 found and 741 not asked,
 * 0.4 gives 570 and 530, 0.5 gives 525 and 407, so the rule picks 0.4, {@code
 * MessageClassifier.SECOND_INTENT}. (Before the courier rule, with the same logistic models, 0.5
 * gave 521 and 504 and was picked.) Naive Bayes yes/no models needed 0.9999 for the rule (290
 * found, 245 not asked). Run with {@code ./mvnw -q test-compile exec:java
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
    for (Corpus.Split fold : Corpus.twoFolds(train)) {
      CategoryWeight.Models main = CategoryWeight.Models.train(fold.learn(), features);
      Map<Intent, MaxentModel> asks = new java.util.EnumMap<>(Intent.class);
      for (Intent intent : MessageClassifier.ASKABLE) {
        asks.put(
            intent,
            ModelTrainer.logistic(
                    fold.learn(), features, ModelTrainer.asks(intent), ModelTrainer.asksCutoff())
                .getMaxentModel());
      }
      for (Corpus.Message m : fold.measure()) {
        String[] context = MessageClassifier.context(ModelTrainer.words(features, m));
        MessageClassifier.Choice chosen = main.choice(context);
        List<String> truthFurther = m.intents().subList(1, m.intents().size());
        asked += truthFurther.size();
        for (var e : asks.entrySet()) {
          String intent = e.getKey().name();
          double[] p = e.getValue().eval(context);
          double yes = p[e.getValue().getIndex(MessageClassifier.ASKS)];
          for (int t = 0; t < THRESHOLDS.length; t++) {
            if (MessageClassifier.asksFurther(e.getKey(), yes, chosen, THRESHOLDS[t])) {
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
