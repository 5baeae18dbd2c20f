package jp.wlink.course.review;

import java.util.SplittableRandom;

/**
 * Spreads review intervals of three days or more over a small window, wider for longer intervals
 * (15% of the part between 2.5 and 7 days, 10% of the part between 7 and 20, 5% beyond, plus one
 * day), as Anki and FSRS do. Deterministic: the same seed and salt always give the same interval.
 */
final class IntervalFuzz {
  private static final double[][] BANDS = {
    {2.5, 7, 0.15}, {7, 20, 0.10}, {20, Double.MAX_VALUE, 0.05}
  };

  private final long seed;

  IntervalFuzz(long seed) {
    this.seed = seed;
  }

  /**
   * The interval spread around {@code days}, never below {@code elapsedDays + 1} when the card was
   * reviewed late and never above {@code maximumDays}.
   */
  int apply(int days, long elapsedDays, int maximumDays, long salt) {
    if (days < 2.5) {
      return days;
    }
    double delta = 1;
    for (double[] band : BANDS) {
      delta += band[2] * Math.max(Math.min(days, band[1]) - band[0], 0);
    }
    long low = Math.max(2, Math.round(days - delta));
    long high = Math.min(Math.round(days + delta), maximumDays);
    if (days > elapsedDays) {
      low = Math.max(low, elapsedDays + 1);
    }
    low = Math.min(low, high);
    double draw = new SplittableRandom(seed ^ (salt * 0x9E3779B97F4A7C15L)).nextDouble();
    return (int) Math.floor(draw * (high - low + 1) + low);
  }
}
