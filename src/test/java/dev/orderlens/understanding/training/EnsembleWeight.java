package dev.orderlens.understanding.training;

import dev.orderlens.understanding.domain.MessageClassifier;
import dev.orderlens.understanding.domain.TextFeatures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Chooses how much the naive Bayes model counts beside the logistic model in the main intent, on
 * the training part alone (two folds: trained on one half, measured on the other), so the held-back
 * part stays unseen. Prints main-intent accuracy per language for each weight, with {@link
 * MessageClassifier#ensemble}: log p(logistic) + weight × log p(naive Bayes). Measured on batches 1
 * to 7 with L2 0.25: weight 0 (logistic alone) 81.7 %, naive Bayes alone 82.0 %, weight 0.1 86.8 %
 * (ru 85.1), 0.2 86.3 %; the courier category ({@code complaint}): 0.2 91.8 %, 0.1 91.5 %. Run with
 * {@code ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=dev.orderlens.understanding.training.EnsembleWeight -Dexec.classpathScope=test
 * -Dexec.args=src/corpus/understanding}.
 */
public final class EnsembleWeight {

  private static final double[] WEIGHTS = {0, 0.02, 0.05, 0.1, 0.2, 0.3, 1, 100};

  private EnsembleWeight() {}

  public static void main(String[] args) throws IOException {
    List<Corpus.Message> train = Corpus.read(Path.of(args[0]), "train");
    java.util.function.Function<Corpus.Message, String> label =
        args.length > 1 && args[1].equals("complaint")
            ? Corpus.Message::complaintLabel
            : Corpus.Message::mainIntent;
    TextFeatures features = new TextFeatures();
    Map<String, int[]> tally = new TreeMap<>();
    for (Corpus.Split fold : Corpus.twoFolds(train)) {
      MaxentModel nb = ModelTrainer.train(fold.learn(), features, label).getMaxentModel();
      MaxentModel lr = ModelTrainer.logistic(fold.learn(), features, label).getMaxentModel();
      for (Corpus.Message m : fold.measure()) {
        String[] context = MessageClassifier.context(ModelTrainer.words(features, m));
        double[] pn = nb.eval(context);
        double[] pl = lr.eval(context);
        for (double weight : WEIGHTS) {
          String chosen = MessageClassifier.ensemble(nb::getOutcome, pn, lr, pl, weight);
          boolean right = chosen.equals(label.apply(m));
          for (String key : new String[] {"all", m.language()}) {
            int[] t =
                tally.computeIfAbsent(String.format("%7.2f %s", weight, key), k -> new int[2]);
            t[0] += right ? 1 : 0;
            t[1]++;
          }
        }
      }
    }
    tally.forEach((key, t) -> System.out.printf("weight %s %5.1f %%%n", key, 100.0 * t[0] / t[1]));
  }
}
