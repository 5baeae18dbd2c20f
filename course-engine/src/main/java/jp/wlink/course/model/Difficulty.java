package jp.wlink.course.model;

/**
 * How hard an item is, on the same logit scale as abilities, and how sure the calibration is.
 *
 * @param value the mean difficulty in logits
 * @param variance the variance of that mean, positive
 */
public record Difficulty(double value, double variance) {
  public Difficulty {
    if (!Double.isFinite(value) || !(variance > 0) || !Double.isFinite(variance)) {
      throw new IllegalArgumentException("not a difficulty: " + value + " ± " + variance);
    }
  }
}
