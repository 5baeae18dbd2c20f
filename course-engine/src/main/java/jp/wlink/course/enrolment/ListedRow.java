package jp.wlink.course.enrolment;

import java.util.Objects;

/**
 * One row of a staff list as the file has it: its row number as Excel shows it, the e-mail address
 * and the deadline text (blank when the column is empty or absent), both stripped of spaces.
 */
public record ListedRow(int row, String email, String deadline) {
  public ListedRow {
    Objects.requireNonNull(email);
    Objects.requireNonNull(deadline);
  }
}
