package jp.wlink.course.catalogue;

/** The course, unit or lesson asked for does not exist (or not where it was looked for). */
public class UnknownCourseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownCourseException(String what) {
    super("No such " + what);
  }
}
