package jp.wlink.course.enrolment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.wlink.question.format.ImportProblem;

/**
 * The rows of a staff list as they arrive from a sheet: a header row is optional (a first row
 * without an address is taken as one, and names the columns メールアドレス/email and 期限/deadline in any
 * order); without it, column A holds the address and column B the deadline. Blank rows are skipped;
 * reading stops past {@link #MAX_ROWS}.
 */
final class StaffList {
  static final int MAX_ROWS = 10_000;

  private final List<ListedRow> rows = new ArrayList<>();
  private Optional<ImportProblem> problem = Optional.empty();
  private boolean headerSeen;
  private int emailColumn = 0;
  private int deadlineColumn = 1;

  boolean accept(int row, List<String> cells) {
    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
      return true;
    }
    if (!headerSeen && rows.isEmpty()) {
      headerSeen = true;
      if (!cell(cells, 0).contains("@") && header(cells)) {
        return true;
      }
    }
    if (rows.size() >= MAX_ROWS) {
      problem = Optional.of(ImportProblem.at(0, "enrolment.tooManyRows", "" + MAX_ROWS));
      return false;
    }
    rows.add(new ListedRow(row, cell(cells, emailColumn), cell(cells, deadlineColumn)));
    return true;
  }

  /** Takes the row as a header when it names an address column; true when it did. */
  private boolean header(List<String> cells) {
    int email = -1;
    int deadline = -1;
    for (int i = 0; i < cells.size(); i++) {
      String name = cell(cells, i).toLowerCase(Locale.ROOT).replace(" ", "");
      if (name.contains("メール") || name.contains("mail")) {
        email = email < 0 ? i : email;
      } else if (name.contains("期限") || name.contains("deadline") || name.contains("due")) {
        deadline = deadline < 0 ? i : deadline;
      }
    }
    if (email < 0) {
      return false;
    }
    emailColumn = email;
    deadlineColumn = deadline < 0 ? Integer.MAX_VALUE : deadline;
    return true;
  }

  private static String cell(List<String> cells, int column) {
    if (column >= cells.size() || cells.get(column) == null) {
      return "";
    }
    return cells.get(column).strip();
  }

  void fail(ImportProblem failure) {
    problem = Optional.of(failure);
  }

  StaffListReading finish() {
    return new StaffListReading(rows, problem);
  }
}
