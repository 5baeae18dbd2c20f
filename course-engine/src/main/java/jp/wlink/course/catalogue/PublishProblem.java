package jp.wlink.course.catalogue;

/** Something a course lacks before it may be published; each names its message key. */
public enum PublishProblem {
  NO_UNITS,
  UNIT_WITHOUT_LESSON,
  LESSON_WITHOUT_BODY;

  public String getMessageKey() {
    return "course.publish.problem." + name();
  }
}
