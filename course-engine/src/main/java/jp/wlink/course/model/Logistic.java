package jp.wlink.course.model;

/** The logistic function and its companions. */
final class Logistic {
  private Logistic() {}

  static double sigmoid(double z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
  }

  static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  /**
   * Shrinks a logit whose argument is uncertain with the given variance so that its sigmoid
   * approximates the expected probability (MacKay's probit approximation, 1992).
   */
  static double marginal(double logit, double variance) {
    return logit / Math.sqrt(1 + Math.PI * variance / 8);
  }
}
