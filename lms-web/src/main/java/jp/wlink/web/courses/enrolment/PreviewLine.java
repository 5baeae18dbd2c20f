package jp.wlink.web.courses.enrolment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import jp.wlink.course.enrolment.ListedRow;
import jp.wlink.course.enrolment.PreviewRow;
import jp.wlink.course.enrolment.RowProblem;

/**
 * A preview row as the page keeps it between the upload and the confirmation (view state must
 * serialize, which the engine's row with its optionals does not).
 *
 * @param learnerId null when the row names nobody who can be enrolled
 * @param deadline null without a deadline
 * @param problem null when the row can be enrolled
 */
public record PreviewLine(
    int row,
    String email,
    String deadlineText,
    Long learnerId,
    LocalDate deadline,
    RowProblem problem)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static PreviewLine of(PreviewRow row) {
    return new PreviewLine(
        row.listed().row(),
        row.listed().email(),
        row.listed().deadline(),
        row.learnerId().orElse(null),
        row.deadline().orElse(null),
        row.problem().orElse(null));
  }

  PreviewRow toRow() {
    return new PreviewRow(
        new ListedRow(row, email, deadlineText),
        Optional.ofNullable(learnerId),
        Optional.ofNullable(deadline),
        Optional.ofNullable(problem));
  }

  public boolean ok() {
    return problem == null;
  }
}
