package dev.orderlens.understanding.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scorers are checked on against OpenNLP: the models' context of every language's short
 * training messages (what the models know, read again), an empty context and one the models do not
 * know.
 */
final class ShortMessageContexts {

  private ShortMessageContexts() {}

  static List<String[]> read() throws IOException {
    TextFeatures features = new TextFeatures();
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
            MessageClassifier.context(features.features(line.substring(from + 8, to), language)));
      }
    }
    return out;
  }
}
