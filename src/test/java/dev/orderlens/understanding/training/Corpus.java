package dev.orderlens.understanding.training;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The labelled corpus in {@code src/corpus/understanding/<language>/<part>.jsonl}. */
public final class Corpus {

  public static final List<String> LANGUAGES = List.of("en", "it", "ru", "hu", "de", "fr", "es");

  /** One labelled message. */
  public record Message(
      String id,
      String language,
      String text,
      List<String> intents,
      String complaint,
      List<String> threats) {

    public String mainIntent() {
      return intents.get(0);
    }

    /** The complaint label the model learns: the category, or NONE. */
    public String complaintLabel() {
      return complaint == null ? "NONE" : complaint;
    }
  }

  private Corpus() {}

  /** One fold of a cross-validation: learn from one part, measure on the other. */
  public record Split(List<Message> learn, List<Message> measure) {}

  /**
   * Two folds of the messages, every other message measured in each, so that a choice can be made
   * on the training part alone.
   */
  public static List<Split> twoFolds(List<Message> messages) {
    List<Split> folds = new ArrayList<>();
    for (int fold = 0; fold < 2; fold++) {
      List<Message> learn = new ArrayList<>();
      List<Message> measure = new ArrayList<>();
      for (int i = 0; i < messages.size(); i++) {
        (i % 2 == fold ? measure : learn).add(messages.get(i));
      }
      folds.add(new Split(learn, measure));
    }
    return folds;
  }

  /**
   * Every message of a part in every language: {@code holdout} is {@code holdout.jsonl}; {@code
   * train} is every {@code train*.jsonl} (the batches written one after another).
   */
  public static List<Message> read(Path root, String part) {
    List<Message> out = new ArrayList<>();
    for (String language : LANGUAGES) {
      try (var files = Files.list(root.resolve(language))) {
        for (Path file :
            files
                .filter(f -> f.getFileName().toString().matches(part + "[0-9]*\\.jsonl"))
                .sorted()
                .toList()) {
          for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
              out.add(message(language, line));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static Message message(String language, String line) {
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      JsonObject o = reader.readObject();
      String subject = o.getString("subject", "");
      String text = subject.isBlank() ? o.getString("text") : subject + "\n" + o.getString("text");
      return new Message(
          o.getString("id"),
          language,
          text,
          o.getJsonArray("intents").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList(),
          o.isNull("complaint") ? null : o.getString("complaint"),
          o.getJsonArray("threats").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList());
    }
  }
}
