package dev.orderlens.understanding.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Scores one context with all of the classifier's models in one pass over its features: naive Bayes
 * models by {@link NaiveBayesScorer}'s arithmetic, OpenNLP logistic models (L-BFGS maximum entropy)
 * by their own ({@code QNModel.eval}: each known feature adds its parameters to its outcomes, in
 * the context's order; then a log-sum-exp normalisation with {@code StrictMath.exp}), so the
 * results are bit for bit OpenNLP's ({@code ModelScorersTest}). Each feature is looked up once for
 * all the models instead of once per model: a message is read by twelve of them (main intent and
 * courier category by both kinds, eight yes/no asks), and those lookups were half of a long
 * message's reading time (flight recordings of the evaluation). A model of another kind is
 * evaluated by OpenNLP itself. Thread-safe.
 */
final class ModelScorers {

  /** Each model's probabilities of its outcomes, in the order the models were given. */
  record Scores(double[][] naiveBayes, double[][] logistic) {}

  private final List<NaiveBayesScorer> naiveBayes;
  private final List<MaxentModel> logistic;
  private final boolean[] ours;
  private final int[] outcomes;

  /** Each feature any of the models knows, with its terms and parameters in each (null: none). */
  private final Map<String, Known> features = new HashMap<>();

  /** A feature's naive Bayes terms and logistic parameters, at each model's index. */
  private record Known(double[][] terms, Context[] parameters) {}

  @SuppressWarnings("unchecked")
  ModelScorers(List<NaiveBayesScorer> naiveBayes, List<MaxentModel> logistic) {
    this.naiveBayes = List.copyOf(naiveBayes);
    this.logistic = List.copyOf(logistic);
    for (int n = 0; n < naiveBayes.size(); n++) {
      int index = n;
      naiveBayes
          .get(n)
          .logTerms()
          .forEach((feature, terms) -> known(feature).terms()[index] = terms);
    }
    this.ours = new boolean[logistic.size()];
    this.outcomes = new int[logistic.size()];
    for (int m = 0; m < logistic.size(); m++) {
      MaxentModel model = logistic.get(m);
      outcomes[m] = model.getNumOutcomes();
      ours[m] = model instanceof QNModel;
      if (!ours[m]) {
        continue;
      }
      int index = m;
      Map<String, Context> predicates =
          (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
      predicates.forEach((feature, parameters) -> known(feature).parameters()[index] = parameters);
    }
  }

  private Known known(String feature) {
    return features.computeIfAbsent(
        feature, f -> new Known(new double[naiveBayes.size()][], new Context[logistic.size()]));
  }

  /** The probability of each outcome of each model, in the models' and their outcomes' order. */
  Scores eval(String[] context) {
    double[][] logSums = new double[naiveBayes.size()][];
    for (int n = 0; n < logSums.length; n++) {
      logSums[n] = new double[naiveBayes.get(n).outcomes()];
    }
    int count = logistic.size();
    double[][] p = new double[count][];
    for (int m = 0; m < count; m++) {
      p[m] = new double[outcomes[m]];
    }
    for (String feature : context) {
      Known known = features.get(feature);
      if (known == null) {
        continue;
      }
      for (int n = 0; n < logSums.length; n++) {
        double[] terms = known.terms()[n];
        if (terms != null) {
          double[] sums = logSums[n];
          for (int i = 0; i < sums.length; i++) {
            sums[i] += terms[i];
          }
        }
      }
      for (int m = 0; m < count; m++) {
        Context parameters = known.parameters()[m];
        if (parameters == null) {
          continue;
        }
        int[] active = parameters.getOutcomes();
        double[] values = parameters.getParameters();
        double[] sums = p[m];
        for (int j = 0; j < active.length; j++) {
          sums[active[j]] += values[j];
        }
      }
    }
    double[][] bayes = new double[logSums.length][];
    for (int n = 0; n < logSums.length; n++) {
      bayes[n] = naiveBayes.get(n).probabilities(logSums[n], context);
    }
    for (int m = 0; m < count; m++) {
      if (!ours[m]) {
        p[m] = logistic.get(m).eval(context);
        continue;
      }
      double logSum = ArrayMath.logSumOfExps(p[m]);
      for (int o = 0; o < p[m].length; o++) {
        p[m][o] = StrictMath.exp(p[m][o] - logSum);
      }
    }
    return new Scores(bayes, p);
  }
}
