package jp.wlink.course.bench;

import java.util.Arrays;
import java.util.Locale;
import jp.wlink.course.model.Accuracy;

/**
 * How well predicted probabilities separate correct from wrong answers (AUC, ties counted half) and
 * how well they are calibrated (mean log loss).
 */
record Scores(double auc, double logLoss, int answers) {
  static Scores of(double[] predicted, boolean[] correct, int n) {
    Accuracy accuracy = Accuracy.of(Arrays.copyOf(predicted, n), Arrays.copyOf(correct, n));
    return new Scores(accuracy.auc(), accuracy.logLoss(), n);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "AUC %.4f  log loss %.4f  (%,d answers)", auc, logLoss, answers);
  }
}
