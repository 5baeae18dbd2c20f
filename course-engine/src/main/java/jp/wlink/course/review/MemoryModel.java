package jp.wlink.course.review;

import java.util.Objects;

/**
 * FSRS-6's memory model: how difficulty and stability start with a first grade, how they change
 * with each later grade, and how retrievability falls with time. Pure functions over {@link
 * FsrsParameters}; stability stays within [0.001, 36500] days and difficulty within [1, 10].
 *
 * <p>With {@code shortTerm} on (FSRS-6's normal mode), a review on the same day as the previous one
 * uses the same-day formula S * e^(w17 (G - 3 + w18)) * S^-w19, which never lowers stability for
 * Hard or better; a lapse never raises stability above S / e^(w17 w18). With it off, same-day
 * reviews go through the long-term formulas with R = 1.
 */
public final class MemoryModel {
  /** The smallest stability FSRS allows, in days. */
  public static final double MIN_STABILITY = 0.001;

  /** The largest stability FSRS allows, in days (a hundred years). */
  public static final double MAX_STABILITY = 36500;

  private static final double MIN_DIFFICULTY = 1;
  private static final double MAX_DIFFICULTY = 10;

  private final FsrsParameters p;
  private final boolean shortTerm;
  private final double factor;

  public MemoryModel(FsrsParameters parameters, boolean shortTerm) {
    this.p = Objects.requireNonNull(parameters, "parameters");
    this.shortTerm = shortTerm;
    this.factor = parameters.factor();
  }

  /** The model with FSRS-6's default weights and same-day reviews on. */
  public static MemoryModel defaults() {
    return new MemoryModel(FsrsParameters.DEFAULT, true);
  }

  public FsrsParameters parameters() {
    return p;
  }

  /** The probability of recall {@code elapsedDays} after a review that left {@code stability}. */
  public double retrievability(double elapsedDays, double stability) {
    double t = Math.max(0, elapsedDays);
    return Math.pow(1 + factor * t / stability, -p.decay());
  }

  /** The days after which retrievability falls to {@code retention}; unrounded. */
  public double intervalDays(double stability, double retention) {
    if (retention <= 0 || retention >= 1) {
      throw new IllegalArgumentException("retention must lie strictly between 0 and 1");
    }
    return stability / factor * (Math.pow(retention, -1 / p.decay()) - 1);
  }

  /** The memory after a card's first grade: S0 = w(G-1), D0 clamped to [1, 10]. */
  public MemoryState initial(Grade grade) {
    double stability = clampStability(p.w(grade.value() - 1));
    return new MemoryState(stability, clampDifficulty(initialDifficulty(grade)));
  }

  /**
   * The memory after grading a card {@code elapsedDays} whole days after its previous review (0 for
   * the same day).
   */
  public MemoryState next(MemoryState memory, long elapsedDays, Grade grade) {
    double s = memory.stability();
    double d = memory.difficulty();
    double stability;
    if (elapsedDays <= 0 && shortTerm) {
      stability = shortTermStability(s, grade);
    } else {
      double r = retrievability(elapsedDays, s);
      stability = grade == Grade.AGAIN ? forgetStability(d, s, r) : recallStability(d, s, r, grade);
    }
    return new MemoryState(stability, nextDifficulty(d, grade));
  }

  /** D0(G) = w4 - e^(w5 (G - 1)) + 1, before clamping. */
  double initialDifficulty(Grade grade) {
    return p.w(4) - Math.exp(p.w(5) * (grade.value() - 1)) + 1;
  }

  /** Linear damping towards 10, then mean reversion towards D0(Easy), clamped to [1, 10]. */
  double nextDifficulty(double difficulty, Grade grade) {
    double delta = -p.w(6) * (grade.value() - 3);
    double damped = difficulty + delta * (MAX_DIFFICULTY - difficulty) / 9;
    double reverted = p.w(7) * initialDifficulty(Grade.EASY) + (1 - p.w(7)) * damped;
    return clampDifficulty(reverted);
  }

  /** Stability after a successful recall (Hard, Good or Easy) at retrievability {@code r}. */
  double recallStability(double d, double s, double r, Grade grade) {
    double hardPenalty = grade == Grade.HARD ? p.w(15) : 1;
    double easyBonus = grade == Grade.EASY ? p.w(16) : 1;
    double growth =
        Math.exp(p.w(8))
            * (11 - d)
            * Math.pow(s, -p.w(9))
            * (Math.exp((1 - r) * p.w(10)) - 1)
            * hardPenalty
            * easyBonus;
    return clampStability(s * (1 + growth));
  }

  /** Stability after a lapse, never above what the same-day penalty alone would leave. */
  double forgetStability(double d, double s, double r) {
    double longTerm =
        p.w(11)
            * Math.pow(d, -p.w(12))
            * (Math.pow(s + 1, p.w(13)) - 1)
            * Math.exp((1 - r) * p.w(14));
    double ceiling = shortTerm ? s / Math.exp(p.w(17) * p.w(18)) : s;
    return clampStability(Math.min(longTerm, ceiling));
  }

  /**
   * Stability after a second review on the same day. The increase saturates with S^-w19 (FSRS-6)
   * and is at least 1 for Hard and better, as in the trained reference model.
   */
  // LIMITATION: published implementations differ on where the floor of 1 starts: fsrs-rs's trained
  // model and ts-fsrs apply it from Hard, py-fsrs from Good; this follows the trained model.
  double shortTermStability(double s, Grade grade) {
    double increase = Math.exp(p.w(17) * (grade.value() - 3 + p.w(18))) * Math.pow(s, -p.w(19));
    if (grade != Grade.AGAIN) {
      increase = Math.max(increase, 1);
    }
    return clampStability(s * increase);
  }

  private static double clampStability(double stability) {
    return Math.min(Math.max(stability, MIN_STABILITY), MAX_STABILITY);
  }

  private static double clampDifficulty(double difficulty) {
    return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
  }
}
