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
import org.junit.jupiter.api.Test;

class LogisticScorersTest {

  private static final TextFeatures FEATURES = new TextFeatures();

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

  /** Short training messages of every language, and contexts with nothing or nothing known. */
  private static List<String[]> contexts() throws IOException {
    List<String[]> out = new ArrayList<>();
    out.add(new String[0]);
    out.add(new String[] {"bow=never-seen-feature"});
    for (String language : List.of("en", "it", "ru", "hu", "de", "fr", "es")) {
      for (String line :
          Files.readAllLines(Path.of("src/corpus/understanding", language, "train5.jsonl"))) {
        int from = line.indexOf("\"text\":\"");
        int to = line.indexOf("\",\"intents\"");
        if (from >= 0 && to > from) {
          out.add(
              MessageClassifier.context(FEATURES.features(line.substring(from + 8, to), language)));
        }
      }
    }
    return out;
  }

  @Test
  void givesEveryModelExactlyOpenNlpsProbabilities() throws IOException {
    List<MaxentModel> models = models();
    LogisticScorers scorers = new LogisticScorers(models);

    List<String[]> contexts = contexts();
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
