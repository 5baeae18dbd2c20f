package jp.wlink.question.certification;

import java.util.Objects;

/**
 * A minimum score: at least {@code value} correct answers, or at least {@code value} percent of the
 * possible points. Points may be fractional (partial credit), so the comparison is on doubles with
 * a tolerance that absorbs summing rounding, never one that turns 26.9 into 27.
 */
public record Threshold(ThresholdKind kind, int value) {
  private static final double TOLERANCE = 1e-9;

  public Threshold {
    Objects.requireNonNull(kind);
    if (value < 0 || (kind == ThresholdKind.PERCENT && value > 100)) {
      throw new IllegalArgumentException("threshold out of range: " + value);
    }
  }

  public static Threshold correct(int count) {
    return new Threshold(ThresholdKind.CORRECT, count);
  }

  public static Threshold percent(int percent) {
    return new Threshold(ThresholdKind.PERCENT, percent);
  }

  public boolean isMetBy(double points, int possible) {
    return points + TOLERANCE >= required(possible);
  }

  /** The points needed out of {@code possible}. */
  public double required(int possible) {
    return kind == ThresholdKind.CORRECT ? value : value * possible / 100.0;
  }
}
