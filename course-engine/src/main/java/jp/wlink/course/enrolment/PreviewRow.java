package jp.wlink.course.enrolment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a bulk-enrolment preview: the row as listed, the learner it names and the deadline it
 * sets when it can be enrolled, or the problem that keeps it out.
 */
public record PreviewRow(
    ListedRow listed,
    Optional<Long> learnerId,
    Optional<LocalDate> deadline,
    Optional<RowProblem> problem) {
  public PreviewRow {
    Objects.requireNonNull(listed);
    Objects.requireNonNull(learnerId);
    Objects.requireNonNull(deadline);
    Objects.requireNonNull(problem);
  }

  static PreviewRow refused(ListedRow listed, RowProblem problem) {
    return new PreviewRow(listed, Optional.empty(), Optional.empty(), Optional.of(problem));
  }

  public boolean enrollable() {
    return problem.isEmpty();
  }
}
