package dev.orderlens.understanding.domain;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;

/**
 * Scores a context with a trained OpenNLP naive Bayes model by the model's own arithmetic (OpenNLP
 * 2.5 {@code NaiveBayesModel.eval}: Lidstone smoothing with delta 0.05 over the model's vocabulary,
 * log probabilities, the outcome totals as prior, normalised at the end), without the boxed maps
 * OpenNLP builds on every call, which cost most of a message's reading time. {@code
 * NaiveBayesScorerTest} checks that it gives OpenNLP's answers. A model of another kind (the
 * trainer can be told to build maxent) is evaluated by OpenNLP itself. Thread-safe.
 */
final class NaiveBayesScorer {

  /** OpenNLP's smoothing constant for naive Bayes. */
  private static final double DELTA = 0.05;

  private final MaxentModel model;
  private final boolean naiveBayes;
  private final Map<String, Context> predicates;
  private final String[] outcomes;
  private final double[] smoothedTotals;
  private final double[] logPriors;

  @SuppressWarnings("unchecked")
  NaiveBayesScorer(MaxentModel model) {
    this.model = model;
    this.naiveBayes = model instanceof NaiveBayesModel;
    Object[] data = ((AbstractModel) model).getDataStructures();
    Context[] parameters = (Context[]) data[0];
    this.predicates = (Map<String, Context>) data[1];
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
  }

  /** The probability of each outcome, in the model's outcome order. */
  double[] eval(String[] context) {
    if (!naiveBayes) {
      return model.eval(context);
    }
    int n = outcomes.length;
    double[] log = new double[n];
    for (String feature : context) {
      Context predicate = predicates.get(feature);
      if (predicate == null) {
        continue;
      }
      int[] active = predicate.getOutcomes();
      double[] values = predicate.getParameters();
      // As OpenNLP does: outcomes after the predicate's last active one get no term at all.
      int a = 0;
      for (int i = 0; i < n && a < active.length; i++) {
        double numerator = active[a] == i ? values[a++] : 0;
        log[i] += StrictMath.log((numerator + DELTA) / smoothedTotals[i]);
      }
    }
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

  String outcome(int i) {
    return outcomes[i];
  }

  String best(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return outcomes[best];
  }
}
