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
 * Scores one context with several OpenNLP logistic models (L-BFGS maximum entropy) at once, by the
 * models' own arithmetic (OpenNLP 2.5 {@code QNModel.eval}: each known feature adds its parameters
 * to its outcomes, in the context's order; then a log-sum-exp normalisation with {@code
 * StrictMath.exp}), so the results are bit for bit OpenNLP's ({@code LogisticScorersTest}). Each
 * feature is looked up once for all the models instead of once per model: a message is read by ten
 * of them (main intent, courier category, eight yes/no asks), and those lookups were half of a long
 * message's reading time (a flight recording of the evaluation). A model of another kind is
 * evaluated by OpenNLP itself. Thread-safe.
 */
final class LogisticScorers {

  private final List<MaxentModel> models;
  private final boolean[] ours;
  private final int[] outcomes;

  /** Each feature any of the models knows, with its parameters in each model (null where none). */
  private final Map<String, Context[]> features = new HashMap<>();

  @SuppressWarnings("unchecked")
  LogisticScorers(List<MaxentModel> models) {
    this.models = List.copyOf(models);
    this.ours = new boolean[models.size()];
    this.outcomes = new int[models.size()];
    for (int m = 0; m < models.size(); m++) {
      MaxentModel model = models.get(m);
      outcomes[m] = model.getNumOutcomes();
      ours[m] = model instanceof QNModel;
      if (!ours[m]) {
        continue;
      }
      int index = m;
      Map<String, Context> predicates =
          (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
      predicates.forEach(
          (feature, parameters) ->
              features.computeIfAbsent(feature, f -> new Context[models.size()])[index] =
                  parameters);
    }
  }

  /** The probability of each outcome of each model, in the models' and their outcomes' order. */
  double[][] eval(String[] context) {
    int count = models.size();
    double[][] p = new double[count][];
    for (int m = 0; m < count; m++) {
      p[m] = new double[outcomes[m]];
    }
    for (String feature : context) {
      Context[] known = features.get(feature);
      if (known == null) {
        continue;
      }
      for (int m = 0; m < count; m++) {
        Context parameters = known[m];
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
    for (int m = 0; m < count; m++) {
      if (!ours[m]) {
        p[m] = models.get(m).eval(context);
        continue;
      }
      double logSum = ArrayMath.logSumOfExps(p[m]);
      for (int o = 0; o < p[m].length; o++) {
        p[m][o] = StrictMath.exp(p[m][o] - logSum);
      }
    }
    return p;
  }
}
