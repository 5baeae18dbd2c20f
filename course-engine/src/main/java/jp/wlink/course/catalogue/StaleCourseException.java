package jp.wlink.course.catalogue;

/** Someone else changed the course, unit or lesson since the editor loaded it. */
public class StaleCourseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StaleCourseException(String what, long expected, long actual) {
    super(what + " is at version " + actual + ", not " + expected);
  }
}
