package jp.wlink.course.enrolment;

/**
 * Why a row of a staff list cannot be enrolled. Each has a message under {@code
 * enrol.bulk.problem.} with the row number as its first argument.
 */
public enum RowProblem {
  NO_EMAIL,
  UNKNOWN_EMAIL,
  NOT_IN_ORGANISATION,
  ALREADY_ENROLLED,
  DUPLICATE_ROW,
  BAD_DEADLINE,
  PAST_DEADLINE;

  public static final String KEY_PREFIX = "enrol.bulk.problem.";

  public String messageKey() {
    return KEY_PREFIX + name();
  }
}
