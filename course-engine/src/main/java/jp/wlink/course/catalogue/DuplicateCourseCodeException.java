package jp.wlink.course.catalogue;

/** Another course already has this code. */
public class DuplicateCourseCodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DuplicateCourseCodeException(String code) {
    super("Course code taken: " + code);
  }
}
