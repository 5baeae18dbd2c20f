package jp.wlink.question.analysis;

import java.util.OptionalDouble;

/**
 * Pearson's correlation coefficient; with a right-or-wrong item on one side it is the
 * point-biserial correlation, and with partial credit it stays the natural generalisation.
 */
final class Correlation {
  /** Below this, a sum of squares is rounding noise: every value was in truth the same. */
  private static final double NO_SPREAD = 1e-12;

  private Correlation() {}

  /** Empty when there are fewer than two pairs or either side does not vary. */
  static OptionalDouble pearson(double[] x, double[] y) {
    int n = x.length;
    if (n < 2 || y.length != n) {
      return OptionalDouble.empty();
    }
    double meanX = average(x);
    double meanY = average(y);
    double products = 0.0;
    double squaresX = 0.0;
    double squaresY = 0.0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      products += dx * dy;
      squaresX += dx * dx;
      squaresY += dy * dy;
    }
    if (squaresX < NO_SPREAD || squaresY < NO_SPREAD) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(products / Math.sqrt(squaresX * squaresY));
  }

  private static double average(double[] values) {
    double sum = 0.0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }
}
