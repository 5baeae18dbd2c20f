package jp.wlink.course.model;

import java.util.Arrays;
import java.util.List;

/**
 * How well a model predicted answers it had not seen: the area under the ROC curve (ties counted
 * half; 0.5 is chance) and the mean log loss, over {@code answers} answers.
 */
public record Accuracy(double auc, double logLoss, int answers) {

  /**
   * Runs the model online through the sequences, predicting each answer before showing it. The
   * model's difficulties learn from the answers, so give it a model that may change.
   */
  public static Accuracy online(LearnerModel model, List<AnswerSequence> sequences) {
    int total = sequences.stream().mapToInt(s -> s.answers().size()).sum();
    double[] predicted = new double[total];
    boolean[] correct = new boolean[total];
    int n = 0;
    for (AnswerSequence sequence : sequences) {
      LearnerState state = model.newLearner();
      for (Answer answer : sequence.answers()) {
        predicted[n] = model.predict(state, answer.item());
        correct[n++] = answer.correct();
        model.update(state, answer.item(), answer.correct());
      }
    }
    return of(predicted, correct);
  }

  /** The accuracy of these predictions of these answers (the arrays pair up by index). */
  public static Accuracy of(double[] predicted, boolean[] correct) {
    return new Accuracy(auc(predicted, correct), logLoss(predicted, correct), predicted.length);
  }

  static double auc(double[] predicted, boolean[] correct) {
    int n = predicted.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(predicted[a], predicted[b]));
    double rankSum = 0;
    long positives = 0;
    for (int start = 0; start < n; ) {
      int end = start;
      while (end + 1 < n && predicted[order[end + 1]] == predicted[order[start]]) {
        end++;
      }
      double meanRank = (start + end) / 2.0 + 1;
      for (int i = start; i <= end; i++) {
        if (correct[order[i]]) {
          rankSum += meanRank;
          positives++;
        }
      }
      start = end + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
  }

  static double logLoss(double[] predicted, boolean[] correct) {
    double sum = 0;
    for (int i = 0; i < predicted.length; i++) {
      double p = Math.min(Math.max(predicted[i], 1e-12), 1 - 1e-12);
      sum -= correct[i] ? Math.log(p) : Math.log(1 - p);
    }
    return predicted.length == 0 ? Double.NaN : sum / predicted.length;
  }
}
