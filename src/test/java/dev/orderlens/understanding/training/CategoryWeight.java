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
 * Chooses how much the courier category counts when the main intent and the category are chosen
 * together ({@link MessageClassifier#joint}), on the training part alone (two folds: trained on one
 * half, measured on the other), so the held-back part stays unseen. Prints main-intent and category
 * accuracy per language for each weight; weight 0 is each model alone. Measured on batches 1 to 7:
 * 0 gives 86.8 % and 91.8 %, 0.25 87.4 % and 92.8 %, 0.5 87.4 % and 93.0 % (ru 85.6 and 92.7), 1.0
 * 87.2 % and 93.1 %, 2.0 86.6 % and 92.7 %: {@code MessageClassifier.CATEGORY_WEIGHT} is 0.5. Run
 * with {@code ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=dev.orderlens.understanding.training.CategoryWeight -Dexec.classpathScope=test
 * -Dexec.args=src/corpus/understanding}.
 */
public final class CategoryWeight {

  private static final double[] WEIGHTS = {0, 0.1, 0.25, 0.5, 1, 2};

  private CategoryWeight() {}

  public static void main(String[] args) throws IOException {
    List<Corpus.Message> train = Corpus.read(Path.of(args[0]), "train");
    TextFeatures features = new TextFeatures();
    Map<String, int[]> tally = new TreeMap<>();
    for (Corpus.Split fold : Corpus.twoFolds(train)) {
      Models models = Models.train(fold.learn(), features);
      for (Corpus.Message m : fold.measure()) {
        String[] context = MessageClassifier.context(ModelTrainer.words(features, m));
        double[] intentScores = models.intentScores(context);
        double[] categoryScores = models.categoryScores(context);
        for (double weight : WEIGHTS) {
          MessageClassifier.Choice choice =
              weight == 0
                  ? models.separately(intentScores, categoryScores)
                  : MessageClassifier.joint(
                      models.intent()::getOutcome,
                      intentScores,
                      models.category()::getOutcome,
                      categoryScores,
                      weight);
          for (String key : new String[] {"all", m.language()}) {
            int[] t =
                tally.computeIfAbsent(String.format("%5.2f %s", weight, key), k -> new int[3]);
            t[0] += choice.intent().equals(m.mainIntent()) ? 1 : 0;
            t[1] += choice.category().equals(m.complaintLabel()) ? 1 : 0;
            t[2]++;
          }
        }
      }
    }
    tally.forEach(
        (key, t) ->
            System.out.printf(
                "weight %s main intent %5.1f %% category %5.1f %%%n",
                key, 100.0 * t[0] / t[2], 100.0 * t[1] / t[2]));
  }

  /** The main intent's and the courier category's naive Bayes and logistic models of one fold. */
  record Models(
      MaxentModel intent,
      MaxentModel intentLogistic,
      MaxentModel category,
      MaxentModel categoryLogistic) {

    static Models train(List<Corpus.Message> learn, TextFeatures features) throws IOException {
      return new Models(
          ModelTrainer.train(learn, features, Corpus.Message::mainIntent).getMaxentModel(),
          ModelTrainer.logistic(learn, features, Corpus.Message::mainIntent).getMaxentModel(),
          ModelTrainer.train(learn, features, Corpus.Message::complaintLabel).getMaxentModel(),
          ModelTrainer.logistic(learn, features, Corpus.Message::complaintLabel).getMaxentModel());
    }

    double[] intentScores(String[] context) {
      return MessageClassifier.scores(
          intent::getOutcome,
          intent.eval(context),
          intentLogistic,
          intentLogistic.eval(context),
          MessageClassifier.NAIVE_BAYES_WEIGHT);
    }

    double[] categoryScores(String[] context) {
      return MessageClassifier.scores(
          category::getOutcome,
          category.eval(context),
          categoryLogistic,
          categoryLogistic.eval(context),
          MessageClassifier.COMPLAINT_NAIVE_BAYES_WEIGHT);
    }

    /** Each model's own best, as before the joint choice. */
    MessageClassifier.Choice separately(double[] intentScores, double[] categoryScores) {
      return new MessageClassifier.Choice(
          intent.getOutcome(MessageClassifier.best(intentScores)),
          category.getOutcome(MessageClassifier.best(categoryScores)));
    }

    /** The main intent and courier category chosen as the runtime chooses them. */
    MessageClassifier.Choice choice(String[] context) {
      return MessageClassifier.joint(
          intent::getOutcome,
          intentScores(context),
          category::getOutcome,
          categoryScores(context),
          MessageClassifier.CATEGORY_WEIGHT);
    }
  }
}
