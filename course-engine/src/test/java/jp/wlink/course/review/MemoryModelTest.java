package jp.wlink.course.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * FSRS-6 against reference values: those printed in the ts-fsrs and fsrs-rs test suites for the
 * default weights (compared at their float precision), and the formulas recomputed by hand here.
 */
class MemoryModelTest {
  private static final FsrsParameters W = FsrsParameters.DEFAULT;

  private final MemoryModel model = MemoryModel.defaults();

  @Test
  void initialStabilityForEachGradeIsW0ToW3() {
    assertThat(Arrays.stream(Grade.values()).mapToDouble(g -> model.initial(g).stability()))
        .containsExactly(0.212, 1.2931, 2.3065, 8.2956);
  }

  @Test
  void difficultyAfterTheFirstGradeFollowsW4AndW5ClampedAtOne() {
    double[] expected = {
      W.w(4), W.w(4) - Math.exp(W.w(5)) + 1, W.w(4) - Math.exp(2 * W.w(5)) + 1, 1.0
    };

    double[] difficulties =
        Arrays.stream(Grade.values()).mapToDouble(g -> model.initial(g).difficulty()).toArray();

    assertThat(difficulties).containsExactly(expected, within(1e-12));
    assertThat(difficulties)
        .containsExactly(new double[] {6.4133, 5.11217071, 2.11810397, 1}, within(1e-8));
  }

  @Test
  void retrievabilityAfterOneStabilityIsNinetyPercentForAnyDecay() {
    for (double decay : new double[] {0.1, 0.1542, 0.5, 0.8}) {
      double[] w = weightsWithDecay(decay);
      MemoryModel withDecay = new MemoryModel(FsrsParameters.of(w), true);

      for (double stability : new double[] {0.5, 3, 42.7, 900}) {
        assertThat(withDecay.retrievability(stability, stability)).isCloseTo(0.9, within(1e-12));
        assertThat(withDecay.intervalDays(stability, 0.9)).isCloseTo(stability, within(1e-9));
      }
    }
  }

  @Test
  void retrievabilityFollowsThePowerCurveOfTheReferenceModel() {
    double[] t = {0, 1, 2, 3, 4, 5};
    double[] s = {1, 2, 3, 4, 4, 2};
    double[] expected = {1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359};

    for (int i = 0; i < t.length; i++) {
      double byHand = Math.pow(1 + (Math.pow(0.9, -1 / 0.1542) - 1) * t[i] / s[i], -0.1542);
      assertThat(model.retrievability(t[i], s[i])).isCloseTo(byHand, within(1e-12));
      assertThat(model.retrievability(t[i], s[i])).isCloseTo(expected[i], within(1e-6));
    }
  }

  @Test
  void difficultyMovesWithTheGradeAndRevertsTowardsEasy() {
    double[] next =
        Arrays.stream(Grade.values()).mapToDouble(g -> model.nextDifficulty(5, g)).toArray();

    assertThat(next)
        .containsExactly(new double[] {8.341763, 6.6659956, 4.990228, 3.3144615}, within(1e-5));
  }

  @Test
  void stabilityAfterRecallAndAfterALapseMatchTheReferenceModel() {
    double[] d = {1, 2, 3, 4};
    double[] r = {0.9, 0.8, 0.7, 0.6};
    double[] recall = new double[4];
    double[] lapse = new double[4];

    for (int i = 0; i < 4; i++) {
      recall[i] = model.recallStability(d[i], 5, r[i], Grade.values()[i]);
      lapse[i] = model.forgetStability(d[i], 5, r[i]);
    }

    assertThat(recall)
        .containsExactly(new double[] {25.602541, 28.226582, 58.656002, 127.226685}, within(1e-3));
    assertThat(lapse)
        .containsExactly(new double[] {1.0525396, 1.1894329, 1.3680838, 1.584989}, within(1e-5));
  }

  @Test
  void twoReviewsOneOrTwoDaysApartMatchTheReferenceModel() {
    Grade[] grades = {Grade.AGAIN, Grade.HARD, Grade.GOOD, Grade.EASY, Grade.AGAIN, Grade.HARD};
    long[] days = {1, 1, 1, 1, 2, 2};
    double[] stability = new double[6];
    double[] difficulty = new double[6];

    for (int i = 0; i < 6; i++) {
      MemoryState second = model.next(model.initial(grades[i]), days[i], grades[i]);
      stability[i] = second.stability();
      difficulty[i] = second.difficulty();
    }

    assertThat(stability)
        .containsExactly(
            new double[] {0.10088589, 3.2494123, 7.3153, 18.014914, 0.112798266, 4.4694576},
            within(1e-4));
    assertThat(difficulty)
        .containsExactly(
            new double[] {8.806304, 6.7404594, 2.1112142, 1.0, 8.806304, 6.7404594}, within(1e-5));
  }

  @Test
  void aLapseThenFiveRecallsGiveTheReferenceMemoryWithSameDayReviews() {
    MemoryState memory = replay(model);

    assertThat(memory.stability()).isCloseTo(53.62691, within(1e-3));
    assertThat(memory.difficulty()).isCloseTo(6.3574867, within(1e-5));
  }

  @Test
  void aLapseThenFiveRecallsGiveTheReferenceMemoryWithoutSameDayReviews() {
    MemoryState memory = replay(new MemoryModel(W, false));

    assertThat(memory.stability()).isCloseTo(53.335106, within(1e-3));
    assertThat(memory.difficulty()).isCloseTo(6.3574867, within(1e-5));
  }

  @Test
  void aSameDayRecallNeverLowersStabilityButASameDayLapseDoes() {
    MemoryState memory = new MemoryState(20, 5);

    assertThat(model.next(memory, 0, Grade.HARD).stability()).isGreaterThanOrEqualTo(20);
    assertThat(model.next(memory, 0, Grade.GOOD).stability()).isGreaterThanOrEqualTo(20);
    assertThat(model.next(memory, 0, Grade.AGAIN).stability()).isLessThan(20);
  }

  @Test
  void aSameDayReviewUsesTheSaturatingShortTermFormula() {
    double s = 2.5;
    double byHand = s * Math.exp(W.w(17) * (4 - 3 + W.w(18))) * Math.pow(s, -W.w(19));

    assertThat(model.next(new MemoryState(s, 5), 0, Grade.EASY).stability())
        .isCloseTo(byHand, within(1e-12));
  }

  private static MemoryState replay(MemoryModel model) {
    Grade[] grades = {Grade.AGAIN, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD};
    long[] days = {0, 0, 1, 3, 8, 21};
    MemoryState memory = model.initial(grades[0]);
    for (int i = 1; i < grades.length; i++) {
      memory = model.next(memory, days[i], grades[i]);
    }
    return memory;
  }

  private static double[] weightsWithDecay(double decay) {
    double[] w = new double[FsrsParameters.COUNT];
    for (int i = 0; i < w.length; i++) {
      w[i] = W.w(i);
    }
    w[20] = decay;
    return w;
  }
}
