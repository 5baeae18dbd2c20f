package jp.wlink.course.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * How well predicted probabilities separate correct from wrong answers (AUC, ties counted half) and
 * how well they are calibrated (mean log loss).
 */
record Scores(double auc, double logLoss, int answers) {
  static Scores of(double[] predicted, boolean[] correct, int n) {
    return new Scores(auc(predicted, correct, n), logLoss(predicted, correct, n), n);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "AUC %.4f  log loss %.4f  (%,d answers)", auc, logLoss, answers);
  }

  private static double auc(double[] predicted, boolean[] correct, int n) {
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(predicted[a], predicted[b]));
    double rankSumOfCorrect = 0;
    long positives = 0;
    for (int start = 0; start < n; ) {
      int end = start;
      while (end + 1 < n && predicted[order[end + 1]] == predicted[order[start]]) {
        end++;
      }
      double meanRank = (start + end) / 2.0 + 1;
      for (int i = start; i <= end; i++) {
        if (correct[order[i]]) {
          rankSumOfCorrect += meanRank;
          positives++;
        }
      }
      start = end + 1;
    }
    long negatives = n - positives;
    return (rankSumOfCorrect - positives * (positives + 1) / 2.0)
        / (positives * (double) negatives);
  }

  private static double logLoss(double[] predicted, boolean[] correct, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double p = Math.min(Math.max(predicted[i], 1e-12), 1 - 1e-12);
      sum -= correct[i] ? Math.log(p) : Math.log(1 - p);
    }
    return sum / n;
  }
}
