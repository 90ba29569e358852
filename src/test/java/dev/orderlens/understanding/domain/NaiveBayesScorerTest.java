package dev.orderlens.understanding.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NaiveBayesScorerTest {

  @ParameterizedTest
  @ValueSource(strings = {MessageClassifier.INTENT_MODEL, MessageClassifier.COMPLAINT_MODEL})
  void givesExactlyOpenNlpsProbabilities(String resource) throws IOException {
    MaxentModel model = MessageClassifier.model(resource).getMaxentModel();
    NaiveBayesScorer scorer = new NaiveBayesScorer(model);

    List<String[]> contexts = ShortMessageContexts.read();
    for (String[] context : contexts) {
      double[] expected = model.eval(context);
      double[] actual = scorer.eval(context);
      assertArrayEquals(expected, actual, 0.0, String.join(" ", context));
      assertEquals(model.getBestOutcome(expected), scorer.best(actual));
    }
    assertTrue(contexts.size() > 400, "every language's short messages were read");
  }
}
