package jp.wlink.web.courses.progress;

import java.util.Optional;

/**
 * The columns the officer's table sorts by, each with its SQL and the join it needs; never a column
 * name from the request, so nothing a browser sends reaches the SQL text.
 */
public enum OfficerSort {
  NAME("handle", "a.handle", OfficerTable.ACCOUNT),
  COURSE("course", "c.title", OfficerTable.COURSE),
  STATUS("status", "e.status", ""),
  PROGRESS(
      "progress",
      "CASE WHEN t.lessons > 0 THEN e.lessons_completed * 1000 / t.lessons ELSE 0 END",
      OfficerTable.LESSON_TOTALS),
  STUDY_TIME("studyTime", "e.study_seconds", ""),
  LAST_ACTIVITY("lastActivity", "COALESCE(e.last_activity_at, e.enrolled_at)", ""),
  DEADLINE("deadline", "e.deadline", "");

  private final String field;
  private final String expression;
  private final String join;

  OfficerSort(String field, String expression, String join) {
    this.field = field;
    this.expression = expression;
    this.join = join;
  }

  /** The sort for a table column's field name, as the page's columns name them. */
  static Optional<OfficerSort> ofField(String field) {
    for (OfficerSort sort : values()) {
      if (sort.field.equals(field)) {
        return Optional.of(sort);
      }
    }
    return Optional.empty();
  }

  /** The join the sort needs beyond the profile and the enrolment, if any. */
  String join() {
    return join;
  }

  String orderBy(boolean descending) {
    return expression + (descending ? " DESC" : " ASC") + ", e.id";
  }
}
