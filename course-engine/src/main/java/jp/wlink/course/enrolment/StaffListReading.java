package jp.wlink.course.enrolment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.question.format.ImportProblem;

/**
 * What was read from a staff list: its rows, and the problem that stopped the reading when the file
 * as a whole was refused (too large, a zip bomb, no xlsx, unreadable characters, too many rows).
 */
public record StaffListReading(List<ListedRow> rows, Optional<ImportProblem> fileProblem) {
  public StaffListReading {
    rows = List.copyOf(rows);
    Objects.requireNonNull(fileProblem);
  }

  public boolean refused() {
    return fileProblem.isPresent();
  }
}
