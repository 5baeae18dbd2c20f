package jp.wlink.course.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import jp.wlink.course.simulation.MasterySimulation.Order;
import jp.wlink.course.simulation.MasterySimulation.Outcome;
import org.junit.jupiter.api.Test;

class MasterySimulationTest {
  private static final long[] SEEDS = {1, 2, 3, 4, 5};

  private final MasterySimulation simulation =
      new MasterySimulation(SimulatedCourse.typical(), 300);

  @Test
  void adaptivePracticeReachesMasteryWithAtLeastThirtyPercentFewerAnswersThanTheFixedOrder() {
    double savedSum = 0;
    for (long seed : SEEDS) {
      Outcome adaptive = simulation.run(Order.ADAPTIVE, seed);
      Outcome linear = simulation.run(Order.LINEAR, seed);

      assertThat(adaptive.meanAnswers()).as("seed %d", seed).isLessThan(linear.meanAnswers());
      assertThat(adaptive.unfinished()).isZero();
      savedSum += 1 - adaptive.meanAnswers() / linear.meanAnswers();
    }

    assertThat(savedSum / SEEDS.length).isGreaterThanOrEqualTo(0.30);
  }

  @Test
  void adaptivePracticeNeedsNoMoreAnswersThanTheFixedOrderThatSkipsMasteredSkills() {
    for (long seed : SEEDS) {
      Outcome adaptive = simulation.run(Order.ADAPTIVE, seed);
      Outcome skipping = simulation.run(Order.LINEAR_SKIPPING_MASTERED, seed);

      assertThat(adaptive.meanAnswers()).as("seed %d", seed).isLessThan(skipping.meanAnswers());
    }
  }
}
