package jp.wlink.question.exam;

import java.util.List;
import java.util.Optional;

/**
 * A submitted attempt's outcome: total points out of the questions asked, per-subject results in
 * the blueprint's order, and pass or fail where a blueprint decides it. Provisional while an essay
 * awaits grading.
 */
public record AttemptResult(
    long attemptId,
    Ending ending,
    double points,
    int possible,
    Optional<Boolean> passed,
    boolean provisional,
    List<SubjectResult> subjects) {
  public AttemptResult {
    subjects = List.copyOf(subjects);
  }

  static AttemptResult of(Attempt attempt) {
    return new AttemptResult(
        attempt.getId(),
        attempt.getEnding().orElseThrow(),
        attempt.getPoints().orElse(0.0),
        attempt.getPossible().orElse(0),
        attempt.getPassed(),
        attempt.isProvisional(),
        attempt.getSubjectResults());
  }
}
