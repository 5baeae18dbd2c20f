package jp.wlink.question.scoring;

/**
 * What an answer earned, as a share of the question's mark from 0 to 1 after penalties, or that a
 * person must grade it (an essay) before it counts.
 */
public record Score(double fraction, boolean awaitingGrading) {
  public static final Score NONE = new Score(0.0, false);
  public static final Score AWAITING_GRADING = new Score(0.0, true);

  public Score {
    if (Double.isNaN(fraction) || fraction < 0.0 || fraction > 1.0) {
      throw new IllegalArgumentException("fraction must lie in [0, 1]: " + fraction);
    }
  }

  public static Score of(double fraction) {
    return new Score(Math.max(0.0, Math.min(1.0, fraction)), false);
  }
}
