package jp.wlink.course.review;

import java.time.Duration;
import java.util.Objects;

/**
 * Turns an answer to a question item into an FSRS grade. A score below half is a lapse (Again); a
 * partly correct answer, or a fully correct one that took longer than {@code slowAfter}, was
 * recalled with effort (Hard); a fully correct answer in time is Good. Easy is never inferred from
 * an answer: only the learner may say a card was easy, since over-rating stretches intervals beyond
 * what they can recall.
 */
public final class AnswerGrading {
  private final Duration slowAfter;

  public AnswerGrading(Duration slowAfter) {
    this.slowAfter = Objects.requireNonNull(slowAfter, "slowAfter");
  }

  /** A minute counts as slow: longer than a calculation question takes someone who knows it. */
  public static AnswerGrading defaults() {
    return new AnswerGrading(Duration.ofMinutes(1));
  }

  /**
   * The grade for an answer scored {@code score} (0 to 1, partial credit allowed) after {@code
   * responseTime}.
   */
  public Grade grade(double score, Duration responseTime) {
    if (score < 0 || score > 1 || Double.isNaN(score)) {
      throw new IllegalArgumentException("score must lie in [0, 1]");
    }
    if (score < 0.5) {
      return Grade.AGAIN;
    }
    if (score < 1 || responseTime.compareTo(slowAfter) > 0) {
      return Grade.HARD;
    }
    return Grade.GOOD;
  }
}
