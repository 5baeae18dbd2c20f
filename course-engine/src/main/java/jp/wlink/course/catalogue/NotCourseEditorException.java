package jp.wlink.course.catalogue;

/** The caller may not create or change this course. */
public class NotCourseEditorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotCourseEditorException(long accountId, Long courseId) {
    super("Account " + accountId + " may not edit course " + courseId);
  }
}
