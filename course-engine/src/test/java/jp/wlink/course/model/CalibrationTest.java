package jp.wlink.course.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The model on synthetic learners who answer by the Rasch model with known parameters. */
class CalibrationTest {
  private static final int ITEMS = 20;

  @Test
  void recoversItemDifficultiesFromAllLearnersAnswers() {
    Random random = new Random(11);
    double[] truth = difficulties();
    LearnerModel model = LearnerModel.untrained(ModelSettings.defaults());

    for (int learner = 0; learner < 600; learner++) {
      double ability = random.nextGaussian() * 0.8;
      LearnerState state = model.newLearner();
      for (int i : shuffledItems(random)) {
        boolean correct = random.nextDouble() < Logistic.sigmoid(ability - truth[i]);
        model.update(state, item(i), correct, AnswerKind.PLACEMENT);
      }
    }

    double[] calibrated = new double[ITEMS];
    for (int i = 0; i < ITEMS; i++) {
      calibrated[i] = model.difficulties().of(item(i)).value();
    }
    assertThat(correlation(calibrated, truth)).isGreaterThan(0.97);
  }

  @Test
  void aTrainedModelPredictsAsOftenCorrectAsLearnersAre() {
    LearnerModel model =
        LearnerModel.train(sequences(new Random(5), 400), ModelSettings.defaults());
    List<AnswerSequence> fresh = sequences(new Random(6), 300);

    double[] predicted = new double[10];
    double[] observed = new double[10];
    int[] count = new int[10];
    for (AnswerSequence sequence : fresh) {
      LearnerState state = model.newLearner();
      for (Answer answer : sequence.answers()) {
        double p = model.predict(state, answer.item());
        int bin = Math.min(9, (int) (p * 10));
        predicted[bin] += p;
        observed[bin] += answer.correct() ? 1 : 0;
        count[bin]++;
        model.update(state, answer.item(), answer.correct());
      }
    }

    for (int bin = 0; bin < 10; bin++) {
      if (count[bin] >= 300) {
        assertThat(Math.abs(predicted[bin] - observed[bin]) / count[bin])
            .as("calibration in bin %d of %d answers", bin, count[bin])
            .isLessThan(0.05);
      }
    }
  }

  @Test
  void trainingOnNoAnswersLeavesTheCoreAlone() {
    LearnerModel model = LearnerModel.train(List.of(), ModelSettings.defaults());

    assertThat(model.weights().weight(Feature.CORE_LOGIT)).isEqualTo(1);
    assertThat(model.weights().skills()).isZero();
  }

  /** Learners who practise the 20 items in random order and improve by 0.05 logits an answer. */
  private static List<AnswerSequence> sequences(Random random, int learners) {
    double[] truth = difficulties();
    List<AnswerSequence> sequences = new ArrayList<>();
    for (int learner = 0; learner < learners; learner++) {
      double ability = random.nextGaussian() * 0.8;
      List<Answer> answers = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (int i : shuffledItems(random)) {
          boolean correct = random.nextDouble() < Logistic.sigmoid(ability - truth[i]);
          answers.add(new Answer(item(i), correct));
          ability += 0.05;
        }
      }
      sequences.add(new AnswerSequence(answers));
    }
    return sequences;
  }

  private static double[] difficulties() {
    double[] truth = new double[ITEMS];
    for (int i = 0; i < ITEMS; i++) {
      truth[i] = -2 + 4.0 * i / (ITEMS - 1);
    }
    return truth;
  }

  private static ItemRef item(int i) {
    return new ItemRef(i + 1, i % 2);
  }

  private static List<Integer> shuffledItems(Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    return order;
  }

  private static double correlation(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }
}
