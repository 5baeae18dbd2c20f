package jp.wlink.question.certification;

import java.util.List;

/**
 * The verdict of a pass rule: passed exactly when {@code reasons} is empty, with every subject's
 * outcome in the blueprint's order and the overall points.
 */
public record PassResult(
    double points, int possible, List<SubjectOutcome> subjects, List<FailReason> reasons) {
  public PassResult {
    subjects = List.copyOf(subjects);
    reasons = List.copyOf(reasons);
  }

  public boolean passed() {
    return reasons.isEmpty();
  }
}
