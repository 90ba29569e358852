package dev.orderlens.understanding.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NaiveBayesScorerTest {

  private static final TextFeatures FEATURES = new TextFeatures();

  /** Short training messages of every language: what the models know, read again. */
  private static List<String[]> contexts() throws IOException {
    List<String[]> out = new ArrayList<>();
    out.add(new String[0]);
    out.add(new String[] {"bow=never-seen-feature"});
    for (String language : List.of("en", "it", "ru", "hu", "de", "fr", "es")) {
      for (String line :
          Files.readAllLines(Path.of("src/corpus/understanding", language, "train5.jsonl"))) {
        int from = line.indexOf("\"text\":\"");
        int to = line.indexOf("\",\"intents\"");
        if (from < 0 || to < from) {
          continue;
        }
        out.add(
            MessageClassifier.context(FEATURES.features(line.substring(from + 8, to), language)));
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {MessageClassifier.INTENT_MODEL, MessageClassifier.COMPLAINT_MODEL})
  void givesExactlyOpenNlpsProbabilities(String resource) throws IOException {
    MaxentModel model = MessageClassifier.model(resource).getMaxentModel();
    NaiveBayesScorer scorer = new NaiveBayesScorer(model);

    List<String[]> contexts = contexts();
    for (String[] context : contexts) {
      double[] expected = model.eval(context);
      double[] actual = scorer.eval(context);
      assertArrayEquals(expected, actual, 0.0, String.join(" ", context));
      assertEquals(model.getBestOutcome(expected), scorer.best(actual));
    }
    assertTrue(contexts.size() > 400, "every language's short messages were read");
  }
}
