package jp.wlink.course.review;

import java.util.Arrays;

/**
 * The 21 weights w0..w20 of FSRS-6. Invariant: exactly 21 finite values, positive initial
 * stabilities, a mean-reversion weight w7 between 0 and 1 and a decay w20 between 0.1 and 0.8.
 */
public final class FsrsParameters {
  /** The number of weights of FSRS-6. */
  public static final int COUNT = 21;

  /** FSRS-6's published default weights, trained on many Anki users' reviews. */
  public static final FsrsParameters DEFAULT =
      new FsrsParameters(
          0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
          1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

  private final double[] weights;

  private FsrsParameters(double... weights) {
    this.weights = weights.clone();
    validate(this.weights);
  }

  /** Weights trained for a population or a learner, checked against FSRS-6's ranges. */
  public static FsrsParameters of(double... weights) {
    return new FsrsParameters(weights);
  }

  /** Weight {@code i}, 0 to 20. */
  public double w(int i) {
    return weights[i];
  }

  /** The forgetting curve's decay, w20. */
  public double decay() {
    return weights[20];
  }

  /** The factor that makes retrievability 0.9 after one stability: 0.9^(-1/w20) - 1. */
  public double factor() {
    return Math.pow(0.9, -1.0 / decay()) - 1.0;
  }

  private static void validate(double[] w) {
    if (w.length != COUNT) {
      throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + w.length);
    }
    for (int i = 0; i < COUNT; i++) {
      if (!Double.isFinite(w[i])) {
        throw new IllegalArgumentException("weight w" + i + " is not a finite number");
      }
    }
    for (int i = 0; i < 4; i++) {
      if (w[i] <= 0) {
        throw new IllegalArgumentException("initial stability w" + i + " must be positive");
      }
    }
    if (w[7] < 0 || w[7] > 1) {
      throw new IllegalArgumentException("mean reversion w7 must lie in [0, 1]");
    }
    if (w[20] < 0.1 || w[20] > 0.8) {
      throw new IllegalArgumentException("decay w20 must lie in [0.1, 0.8]");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FsrsParameters p && Arrays.equals(weights, p.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "FsrsParameters" + Arrays.toString(weights);
  }
}
