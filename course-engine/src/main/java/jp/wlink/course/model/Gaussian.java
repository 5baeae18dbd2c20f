package jp.wlink.course.model;

/** The standard normal distribution, as far as the model needs it. */
final class Gaussian {
  /** Abramowitz and Stegun 7.1.26: erf by a polynomial in t, absolute error below 1.5e-7. */
  private static final double[] ERF_POLYNOMIAL = {
    0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429
  };

  private static final double ERF_P = 0.3275911;

  private Gaussian() {}

  static double cdf(double z) {
    double x = Math.abs(z) / Math.sqrt(2);
    double t = 1 / (1 + ERF_P * x);
    double sum = 0;
    for (int i = ERF_POLYNOMIAL.length - 1; i >= 0; i--) {
      sum = (sum + ERF_POLYNOMIAL[i]) * t;
    }
    double erf = 1 - sum * Math.exp(-x * x);
    return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
  }
}
