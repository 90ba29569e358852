package dev.orderlens.understanding.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

class ModelScorersTest {

  /** The logistic models the build trained: main intent, courier category, every yes/no ask. */
  private static List<MaxentModel> logistic() {
    List<MaxentModel> models = new ArrayList<>();
    models.add(MessageClassifier.model(MessageClassifier.INTENT_LOGISTIC_MODEL).getMaxentModel());
    models.add(
        MessageClassifier.model(MessageClassifier.COMPLAINT_LOGISTIC_MODEL).getMaxentModel());
    MessageClassifier.ASKABLE.forEach(
        intent ->
            models.add(
                MessageClassifier.model(MessageClassifier.asksModel(intent)).getMaxentModel()));
    return models;
  }

  /** The naive Bayes models the build trained: main intent and courier category. */
  private static List<MaxentModel> naiveBayes() {
    return List.of(
        MessageClassifier.model(MessageClassifier.INTENT_MODEL).getMaxentModel(),
        MessageClassifier.model(MessageClassifier.COMPLAINT_MODEL).getMaxentModel());
  }

  @Test
  void givesEveryModelExactlyOpenNlpsProbabilities() throws IOException {
    List<MaxentModel> logistic = logistic();
    List<MaxentModel> naiveBayes = naiveBayes();
    ModelScorers scorers =
        new ModelScorers(naiveBayes.stream().map(NaiveBayesScorer::new).toList(), logistic);

    List<String[]> contexts = ShortMessageContexts.read();
    for (String[] context : contexts) {
      ModelScorers.Scores actual = scorers.eval(context);
      assertEquals(logistic.size(), actual.logistic().length);
      for (int m = 0; m < logistic.size(); m++) {
        assertArrayEquals(
            logistic.get(m).eval(context),
            actual.logistic()[m],
            0.0,
            "logistic " + m + ": " + String.join(" ", context));
      }
      for (int n = 0; n < naiveBayes.size(); n++) {
        assertArrayEquals(
            naiveBayes.get(n).eval(context),
            actual.naiveBayes()[n],
            0.0,
            "naive Bayes " + n + ": " + String.join(" ", context));
      }
    }
    assertTrue(contexts.size() > 400, "every language's short messages were read");
    assertEquals(10, logistic.size(), "main intent, courier category and eight asks");
  }
}
