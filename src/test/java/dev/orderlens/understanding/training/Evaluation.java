package dev.orderlens.understanding.training;

import dev.orderlens.understanding.domain.MessageUnderstanding;
import dev.orderlens.understanding.domain.Understanding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code ./mvnw -Pevaluate}: the models the build trained, measured on the held-back part of the
 * corpus (written apart from the training part, never trained on). Prints main-intent and courier
 * category accuracy per language and per label, the confusion matrices, and FALSE_ATTEMPT precision
 * and recall. A benchmark prints; it passes or fails nothing.
 */
public final class Evaluation {

  private Evaluation() {}

  /** One held-back message and what the models read. */
  record Result(Corpus.Message truth, Understanding reading) {
    String language() {
      return reading.language();
    }

    String predictedComplaint() {
      return reading.courierCategory() == null ? "NONE" : reading.courierCategory();
    }

    List<String> intents() {
      return reading.intents().stream().map(Enum::name).toList();
    }
  }

  public static void main(String[] args) {
    Path corpus = Path.of(args.length > 0 ? args[0] : "src/corpus/understanding");
    MessageUnderstanding understanding = MessageUnderstanding.load();
    List<Result> results = new ArrayList<>();
    for (Corpus.Message m : Corpus.read(corpus, "holdout")) {
      results.add(new Result(m, understanding.understand(m.text())));
    }
    System.out.println("Held-back messages: " + results.size());
    report("Main intent", results, r -> r.truth().mainIntent(), r -> r.intents().get(0));
    report(
        "Courier category (NONE = no courier complaint)",
        results,
        r -> r.truth().complaintLabel(),
        Result::predictedComplaint);
    falseAttempt(results);
    secondIntents(results);
    long languageRight =
        results.stream().filter(r -> r.truth().language().equals(r.language())).count();
    System.out.printf("%nLanguage detected right: %d/%d%n", languageRight, results.size());
    timeLongMessages(understanding, results);
  }

  /**
   * How long reading a 10 KB message takes (the whole understanding: language, models, phrases),
   * models loaded once: held-back messages of one language joined to 10 KB, timed after a warm-up
   * long enough for the JIT compiler (3,000 readings, as an instance that has served a while), one
   * thread.
   */
  private static void timeLongMessages(MessageUnderstanding understanding, List<Result> results) {
    List<String> long10k = new ArrayList<>();
    for (String language : Corpus.LANGUAGES) {
      StringBuilder text = new StringBuilder();
      for (Result r : results) {
        if (r.truth().language().equals(language) && text.length() < 10_240) {
          text.append(r.truth().text()).append("\n\n");
        }
      }
      long10k.add(text.substring(0, Math.min(10_240, text.length())));
    }
    int runs = 3000;
    long[] nanos = new long[runs];
    for (int i = -3000; i < runs; i++) {
      String text = long10k.get(Math.floorMod(i, long10k.size()));
      long start = System.nanoTime();
      understanding.understand(text);
      if (i >= 0) {
        nanos[i] = System.nanoTime() - start;
      }
    }
    java.util.Arrays.sort(nanos);
    System.out.printf(
        "Reading a 10 KB message (MessageUnderstanding.understand, %d runs, one thread): p50 %.2f ms, p99"
            + " %.2f ms%n",
        runs, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.99)] / 1e6);
  }

  private static void report(
      String title,
      List<Result> results,
      Function<Result, String> truth,
      Function<Result, String> predicted) {
    System.out.printf("%n== %s: %s%n", title, ratio(results, truth, predicted));
    for (String language : Corpus.LANGUAGES) {
      List<Result> in =
          results.stream().filter(r -> r.truth().language().equals(language)).toList();
      System.out.printf("  %s  %s%n", language, ratio(in, truth, predicted));
    }
    TreeSet<String> labels = new TreeSet<>();
    results.forEach(r -> labels.add(truth.apply(r)));
    results.forEach(r -> labels.add(predicted.apply(r)));
    System.out.println("  per label (recall; precision):");
    for (String label : labels) {
      long actual = results.stream().filter(r -> truth.apply(r).equals(label)).count();
      long said = results.stream().filter(r -> predicted.apply(r).equals(label)).count();
      long right =
          results.stream()
              .filter(r -> truth.apply(r).equals(label) && predicted.apply(r).equals(label))
              .count();
      System.out.printf(
          "    %-24s recall %3d/%-3d %s   precision %3d/%-3d %s%n",
          label, right, actual, pct(right, actual), right, said, pct(right, said));
    }
    System.out.println("  confusion (rows: truth, columns: predicted):");
    List<String> l = new ArrayList<>(labels);
    StringBuilder head = new StringBuilder("    " + " ".repeat(24));
    l.forEach(x -> head.append(String.format("%6s", x.substring(0, Math.min(5, x.length())))));
    System.out.println(head);
    for (String row : l) {
      StringBuilder line = new StringBuilder(String.format("    %-24s", row));
      for (String col : l) {
        long n =
            results.stream()
                .filter(r -> truth.apply(r).equals(row) && predicted.apply(r).equals(col))
                .count();
        line.append(String.format("%6s", n == 0 ? "." : Long.toString(n)));
      }
      System.out.println(line);
    }
  }

  private static void falseAttempt(List<Result> results) {
    long said =
        results.stream().filter(r -> "FALSE_ATTEMPT".equals(r.predictedComplaint())).count();
    long actual =
        results.stream().filter(r -> "FALSE_ATTEMPT".equals(r.truth().complaintLabel())).count();
    long right =
        results.stream()
            .filter(
                r ->
                    "FALSE_ATTEMPT".equals(r.predictedComplaint())
                        && "FALSE_ATTEMPT".equals(r.truth().complaintLabel()))
            .count();
    System.out.printf(
        "%nFALSE_ATTEMPT from text: precision %d/%d %s, recall %d/%d %s%n",
        right, said, pct(right, said), right, actual, pct(right, actual));
  }

  private static void secondIntents(List<Result> results) {
    long asked = 0;
    long found = 0;
    long extra = 0;
    for (Result r : results) {
      List<String> truth = r.truth().intents().subList(1, r.truth().intents().size());
      List<String> said = r.intents().subList(1, r.intents().size());
      asked += truth.size();
      found += truth.stream().filter(said::contains).count();
      extra += said.stream().filter(s -> !r.truth().intents().contains(s)).count();
    }
    System.out.printf(
        "Further intents: %d of %d found, %d said that were not asked%n", found, asked, extra);
  }

  private static String ratio(
      List<Result> results, Function<Result, String> truth, Function<Result, String> predicted) {
    long right =
        results.stream().filter(r -> Objects.equals(truth.apply(r), predicted.apply(r))).count();
    return right + "/" + results.size() + " " + pct(right, results.size());
  }

  private static String pct(long part, long whole) {
    return whole == 0 ? "  n/a" : String.format("%5.1f %%", 100.0 * part / whole);
  }
}
