package jp.wlink.web.courses.progress;

import java.util.Optional;

/**
 * The columns the officer's table sorts by, each with its SQL; never a column name from the
 * request, so nothing a browser sends reaches the SQL text.
 */
public enum OfficerSort {
  NAME("handle", "a.handle"),
  COURSE("course", "c.title"),
  STATUS("status", "e.status"),
  PROGRESS(
      "progress", "CASE WHEN t.lessons > 0 THEN e.lessons_completed * 1000 / t.lessons ELSE 0 END"),
  STUDY_TIME("studyTime", "e.study_seconds"),
  LAST_ACTIVITY("lastActivity", "COALESCE(e.last_activity_at, e.enrolled_at)"),
  DEADLINE("deadline", "e.deadline");

  private final String field;
  private final String expression;

  OfficerSort(String field, String expression) {
    this.field = field;
    this.expression = expression;
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

  String orderBy(boolean descending) {
    return expression + (descending ? " DESC" : " ASC") + ", e.id";
  }
}
