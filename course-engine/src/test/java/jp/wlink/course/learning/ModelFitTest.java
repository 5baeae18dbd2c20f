package jp.wlink.course.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import jp.wlink.course.model.Accuracy;
import jp.wlink.course.model.Answer;
import jp.wlink.course.model.AnswerSequence;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.ModelSettings;
import jp.wlink.course.model.Weights;
import org.junit.jupiter.api.Test;

class ModelFitTest {
  private static final ModelSettings SETTINGS = ModelSettings.defaults();

  @Test
  void fitsNothingOnFewerAnswersThanTheMinimum() {
    List<AnswerSequence> answers = learners(10, 19);

    assertThat(ModelFit.of(answers, SETTINGS, 191)).isEmpty();
    assertThat(ModelFit.of(List.of(), SETTINGS, 0)).isEmpty();
  }

  @Test
  void fitsOnEveryLearnerAndMeasuresTheFitOnLearnersItHeldOut() {
    List<AnswerSequence> answers = learners(100, 40);

    ModelFit fit = ModelFit.of(answers, SETTINGS, 1_000).orElseThrow();

    assertThat(fit.learners()).isEqualTo(100);
    assertThat(fit.answers()).isEqualTo(4_000);
    Accuracy heldOut = fit.heldOut().orElseThrow();
    assertThat(heldOut.answers()).isEqualTo(20 * 40);
    assertThat(heldOut.auc()).isBetween(0.65, 1.0);
    assertThat(heldOut.logLoss()).isLessThan(Math.log(2));
    assertThat(fit.model().weights().skills()).isEqualTo(4);
  }

  @Test
  void calibratesHardItemsAboveEasyOnes() {
    ModelFit fit = ModelFit.of(learners(100, 40), SETTINGS, 1).orElseThrow();

    double easy = fit.model().difficulties().of(new ItemRef(1, 0)).value();
    double hard = fit.model().difficulties().of(new ItemRef(10, 0)).value();
    assertThat(hard).isGreaterThan(easy + 1);
  }

  @Test
  void measuresNothingWhenTooFewLearnersAreLeftToHoldOut() {
    ModelFit fit = ModelFit.of(learners(4, 60), SETTINGS, 1).orElseThrow();

    assertThat(fit.heldOut()).isEqualTo(Optional.empty());
    assertThat(fit.learners()).isEqualTo(4);
  }

  @Test
  void storedWeightsReadBackToTheSamePredictions() {
    ModelFit fit = ModelFit.of(learners(50, 40), SETTINGS, 1).orElseThrow();
    Weights stored = Weights.fromBytes(fit.model().weights().toBytes());

    var reread =
        jp.wlink.course.model.LearnerModel.of(SETTINGS, stored, fit.model().difficulties());
    var state = fit.model().newLearner();
    fit.model().update(state, new ItemRef(3, 1), true);
    assertThat(reread.predict(state, new ItemRef(4, 1)))
        .isEqualTo(fit.model().predict(state, new ItemRef(4, 1)));
  }

  /**
   * Learners of normal ability answering items 1..20 over four skills; item i is harder the higher
   * its number within its skill, so the fit has something to find.
   */
  static List<AnswerSequence> learners(int count, int answersEach) {
    SplittableRandom random = new SplittableRandom(20261204);
    List<AnswerSequence> sequences = new ArrayList<>();
    for (int l = 0; l < count; l++) {
      double ability = random.nextGaussian();
      List<Answer> answers = new ArrayList<>();
      for (int a = 0; a < answersEach; a++) {
        int item = 1 + random.nextInt(20);
        int skill = (item - 1) % 4;
        double difficulty = (item - 10.5) / 3;
        boolean correct = random.nextDouble() < 1 / (1 + Math.exp(difficulty - ability));
        answers.add(new Answer(new ItemRef(item, skill), correct));
      }
      sequences.add(new AnswerSequence(answers));
    }
    return sequences;
  }
}
