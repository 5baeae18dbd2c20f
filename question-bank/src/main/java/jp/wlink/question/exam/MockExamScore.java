package jp.wlink.question.exam;

import java.time.Instant;

/**
 * The result of one submitted mock exam: points out of the possible, the points its blueprint's
 * overall minimum asks for out of that many, whether it passed, and when it was submitted.
 */
public record MockExamScore(
    double points, int possible, double passLine, boolean passed, Instant submittedAt) {

  /** The share of the possible points scored, 0 to 1; 0 for an exam with no points. */
  public double share() {
    return possible == 0 ? 0 : points / possible;
  }

  /** The share of the possible points the pass line asks for, 0 to 1. */
  public double passShare() {
    return possible == 0 ? 1 : passLine / possible;
  }
}
