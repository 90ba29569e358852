package dev.orderlens.understanding.training;

import dev.orderlens.understanding.domain.MessageCleaner;
import dev.orderlens.understanding.domain.TextFeatures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the understanding models from the corpus's training part, as part of the build
 * (process-test-classes, before the WAR is packed): {@code intent.bin} (main intent) and {@code
 * complaint.bin} (courier complaint category or NONE). Usage: {@code ModelTrainer <corpus dir>
 * <output dir>}. The held-back part is never read here.
 */
public final class ModelTrainer {

  private ModelTrainer() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    List<Corpus.Message> train = Corpus.read(corpus, "train");
    TextFeatures features = new TextFeatures();
    write(train(train, features, Corpus.Message::mainIntent), out.resolve("intent.bin"));
    // Every labelled intent of a message is a sample of its own: the model learns each ask.
    List<Corpus.Message> eachAsk =
        train.stream()
            .flatMap(
                m ->
                    m.intents().stream()
                        .map(
                            i ->
                                new Corpus.Message(
                                    m.id(),
                                    m.language(),
                                    m.text(),
                                    List.of(i),
                                    m.complaint(),
                                    m.threats())))
            .toList();
    write(train(eachAsk, features, Corpus.Message::mainIntent), out.resolve("intents-all.bin"));
    write(train(train, features, Corpus.Message::complaintLabel), out.resolve("complaint.bin"));
    System.out.println("Understanding models trained on " + train.size() + " messages into " + out);
  }

  static DoccatModel train(
      List<Corpus.Message> messages, TextFeatures features, Function<Corpus.Message, String> label)
      throws IOException {
    List<DocumentSample> samples =
        messages.stream()
            .map(
                m ->
                    new DocumentSample(
                        label.apply(m),
                        features.features(MessageCleaner.readable(m.text()), m.language())))
            .toList();
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(
        TrainingParameters.ALGORITHM_PARAM,
        System.getProperty("understanding.algorithm", "NAIVEBAYES"));
    params.put(
        TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("understanding.iterations", 300));
    params.put(TrainingParameters.CUTOFF_PARAM, Integer.getInteger("understanding.cutoff", 0));
    if (System.getProperty("understanding.l2") != null) {
      params.put("L2Cost", Double.parseDouble(System.getProperty("understanding.l2")));
    }
    return DocumentCategorizerME.train(
        "mul",
        ObjectStreamUtils.createObjectStream(samples),
        params,
        new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
  }

  private static void write(DoccatModel model, Path file) throws IOException {
    try (OutputStream o = Files.newOutputStream(file)) {
      model.serialize(o);
    }
  }
}
