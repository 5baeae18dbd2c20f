package jp.wlink.course.bench;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import jp.wlink.course.model.Accuracy;
import jp.wlink.course.model.Answer;
import jp.wlink.course.model.AnswerSequence;
import jp.wlink.course.model.LearnerModel;

/**
 * Runs a model online through test sequences: each answer is predicted from what came before it,
 * then shown to the model. Nothing of a sequence's future reaches its predictions.
 */
final class OnlineEvaluation {
  private OnlineEvaluation() {}

  static Scores run(LearnerModel model, List<AnswerSequence> sequences) {
    Accuracy accuracy = Accuracy.online(model, sequences);
    return new Scores(accuracy.auc(), accuracy.logLoss(), accuracy.answers());
  }

  /** A baseline that predicts the training split's rate of correct answers for every answer. */
  static Scores globalMean(List<AnswerSequence> train, List<AnswerSequence> test) {
    SkillRates rates = new SkillRates(train);
    return constant(skill -> rates.global(), test);
  }

  /** A baseline that predicts each skill's rate of correct answers in the training split. */
  static Scores skillMean(List<AnswerSequence> train, List<AnswerSequence> test) {
    return constant(new SkillRates(train)::of, test);
  }

  private static Scores constant(IntToDoubleFunction rate, List<AnswerSequence> test) {
    int total = test.stream().mapToInt(s -> s.answers().size()).sum();
    double[] predicted = new double[total];
    boolean[] correct = new boolean[total];
    int n = 0;
    for (AnswerSequence sequence : test) {
      for (Answer answer : sequence.answers()) {
        predicted[n] = rate.applyAsDouble(answer.item().skill());
        correct[n++] = answer.correct();
      }
    }
    return Scores.of(predicted, correct, n);
  }
}
