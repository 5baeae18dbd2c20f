package jp.wlink.course.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticFitTest {
  @Test
  void recoversTheCoefficientsThatGeneratedTheData() {
    double[] truth = {-0.5, 1.5, -2.0};
    LogisticFit fit = new LogisticFit(new double[3], 3);
    Random random = new Random(3);

    for (int row = 0; row < 40_000; row++) {
      double[] x = {1, random.nextGaussian(), random.nextDouble()};
      double z = truth[0] * x[0] + truth[1] * x[1] + truth[2] * x[2];
      fit.add(new int[] {0, 1, 2}, x, random.nextDouble() < Logistic.sigmoid(z));
    }

    double[] fitted = fit.fit();
    for (int j = 0; j < truth.length; j++) {
      assertThat(fitted[j]).as("coefficient %d", j).isCloseTo(truth[j], within(0.1));
    }
  }

  @Test
  void thePenaltyPullsCoefficientsTowardsZero() {
    Random random = new Random(4);
    LogisticFit free = new LogisticFit(new double[] {0, 0}, 2);
    LogisticFit penalised = new LogisticFit(new double[] {0, 500}, 2);

    for (int row = 0; row < 2_000; row++) {
      double x = random.nextGaussian();
      boolean correct = random.nextDouble() < Logistic.sigmoid(2 * x);
      free.add(new int[] {0, 1}, new double[] {1, x}, correct);
      penalised.add(new int[] {0, 1}, new double[] {1, x}, correct);
    }

    assertThat(Math.abs(penalised.fit()[1])).isLessThan(Math.abs(free.fit()[1]));
  }

  @Test
  void sparseRowsTouchOnlyTheirOwnCoefficients() {
    LogisticFit fit = new LogisticFit(new double[] {1, 1, 1, 1}, 1);

    for (int row = 0; row < 1_000; row++) {
      fit.add(new int[] {row % 2}, new double[] {1}, row % 2 == 0);
    }

    double[] fitted = fit.fit();
    assertThat(fitted[0]).isPositive();
    assertThat(fitted[1]).isNegative();
    assertThat(fitted[2]).isZero();
    assertThat(fitted[3]).isZero();
  }
}
