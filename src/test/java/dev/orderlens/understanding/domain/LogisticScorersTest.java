package dev.orderlens.understanding.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

class LogisticScorersTest {

  /** The logistic models the build trained: main intent, courier category, every yes/no ask. */
  private static List<MaxentModel> models() {
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

  @Test
  void givesEveryModelExactlyOpenNlpsProbabilities() throws IOException {
    List<MaxentModel> models = models();
    LogisticScorers scorers = new LogisticScorers(models);

    List<String[]> contexts = ShortMessageContexts.read();
    for (String[] context : contexts) {
      double[][] actual = scorers.eval(context);
      assertEquals(models.size(), actual.length);
      for (int m = 0; m < models.size(); m++) {
        assertArrayEquals(
            models.get(m).eval(context), actual[m], 0.0, m + ": " + String.join(" ", context));
      }
    }
    assertTrue(contexts.size() > 400, "every language's short messages were read");
    assertEquals(10, models.size(), "main intent, courier category and eight asks");
  }
}
