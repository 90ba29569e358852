package dev.orderlens.understanding.domain;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;

/**
 * Scores a context with a trained OpenNLP naive Bayes model by the model's own arithmetic (OpenNLP
 * 2.5 {@code NaiveBayesModel.eval}: Lidstone smoothing with delta 0.05 over the model's vocabulary,
 * log probabilities, the outcome totals as prior, normalised at the end), without the boxed maps
 * OpenNLP builds on every call, which cost most of a message's reading time, and with each word's
 * log terms computed once when the model is loaded (the same {@code StrictMath.log} values, added
 * in the same order, so the sums are bit for bit OpenNLP's). {@code NaiveBayesScorerTest} checks
 * that it gives OpenNLP's answers. A model of another kind (the trainer can be told to build
 * maxent) is evaluated by OpenNLP itself. Thread-safe.
 */
final class NaiveBayesScorer {

  /** OpenNLP's smoothing constant for naive Bayes. */
  private static final double DELTA = 0.05;

  private final MaxentModel model;
  private final boolean naiveBayes;
  private final Map<String, double[]> logTerms;
  private final String[] outcomes;
  private final double[] smoothedTotals;
  private final double[] logPriors;

  @SuppressWarnings("unchecked")
  NaiveBayesScorer(MaxentModel model) {
    this.model = model;
    this.naiveBayes = model instanceof NaiveBayesModel;
    Object[] data = ((AbstractModel) model).getDataStructures();
    Context[] parameters = (Context[]) data[0];
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    this.outcomes = (String[]) data[2];
    double[] totals = new double[outcomes.length];
    for (Context predicate : parameters) {
      int[] active = predicate.getOutcomes();
      double[] values = predicate.getParameters();
      for (int j = 0; j < active.length; j++) {
        totals[active[j]] += values[j];
      }
    }
    double vocabulary = parameters.length;
    double all = 0;
    for (double total : totals) {
      all += total;
    }
    this.smoothedTotals = new double[totals.length];
    this.logPriors = new double[totals.length];
    for (int i = 0; i < totals.length; i++) {
      smoothedTotals[i] = totals[i] + DELTA * vocabulary;
      logPriors[i] = StrictMath.log(totals[i] / all);
    }
    this.logTerms = new HashMap<>(predicates.size() * 2);
    if (naiveBayes) {
      predicates.forEach((feature, predicate) -> logTerms.put(feature, logTerms(predicate)));
    }
  }

  /**
   * A word's term for each outcome; as OpenNLP does, outcomes after the predicate's last active one
   * get no term at all (0 here, which leaves the sum as it was).
   */
  private double[] logTerms(Context predicate) {
    int[] active = predicate.getOutcomes();
    double[] values = predicate.getParameters();
    double[] terms = new double[outcomes.length];
    int a = 0;
    for (int i = 0; i < outcomes.length && a < active.length; i++) {
      double numerator = active[a] == i ? values[a++] : 0;
      terms[i] = StrictMath.log((numerator + DELTA) / smoothedTotals[i]);
    }
    return terms;
  }

  /** The probability of each outcome, in the model's outcome order. */
  double[] eval(String[] context) {
    if (!naiveBayes) {
      return model.eval(context);
    }
    double[] log = new double[outcomes.length];
    for (String feature : context) {
      double[] terms = logTerms.get(feature);
      if (terms == null) {
        continue;
      }
      for (int i = 0; i < log.length; i++) {
        log[i] += terms[i];
      }
    }
    return probabilities(log, context);
  }

  /**
   * The probability of each outcome from the sums of the context's known words' {@link #logTerms}
   * (added in the context's order): the priors added, then normalised. A model of another kind is
   * evaluated by OpenNLP on the context.
   */
  double[] probabilities(double[] log, String[] context) {
    if (!naiveBayes) {
      return model.eval(context);
    }
    int n = outcomes.length;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      log[i] += logPriors[i];
      max = Math.max(max, log[i]);
    }
    double sum = 0;
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = StrictMath.exp(log[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < n; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** Each known word's log term for each outcome (none for a model of another kind). */
  Map<String, double[]> logTerms() {
    return logTerms;
  }

  int outcomes() {
    return outcomes.length;
  }

  String outcome(int i) {
    return outcomes[i];
  }

  String best(double[] p) {
    return outcomes[MessageClassifier.best(p)];
  }
}
