package jp.wlink.course.model;

/**
 * One answer's change to the quantities in the core logit {@code h = θg + θs − d}, believed jointly
 * normal. With {@code p = σ(h)}, {@code w = p(1 − p)} and {@code S} the variance of {@code h}, one
 * Newton step on the log posterior (a Laplace approximation; for a single unknown it is Glicko's
 * rating update) moves each quantity by its covariance with {@code h} times {@link #step} = {@code
 * (y − p) / (1 + wS)}, and lowers the covariance of any two quantities by the product of their
 * covariances with {@code h} times {@link #shrink} = {@code w / (1 + wS)}. A quantity the model is
 * unsure of moves further; one it is sure of barely moves.
 */
record RatingStep(double step, double shrink) {
  /** Keeps a variance positive against rounding. */
  static final double SMALLEST_VARIANCE = 1e-6;

  static RatingStep of(double logit, double logitVariance, boolean correct) {
    double p = Logistic.sigmoid(logit);
    double weight = p * (1 - p);
    double denominator = 1 + weight * logitVariance;
    return new RatingStep(((correct ? 1 : 0) - p) / denominator, weight / denominator);
  }

  /** The new mean of a quantity with the given covariance with the logit. */
  double moved(double mean, double covarianceWithLogit) {
    return mean + covarianceWithLogit * step;
  }

  /** The new covariance of two quantities, given each one's covariance with the logit. */
  double narrowed(double covariance, double first, double second) {
    return covariance - shrink * first * second;
  }

  /** The new variance of a quantity, given its covariance with the logit. */
  double narrowed(double variance, double withLogit) {
    return Math.max(SMALLEST_VARIANCE, variance - shrink * withLogit * withLogit);
  }
}
