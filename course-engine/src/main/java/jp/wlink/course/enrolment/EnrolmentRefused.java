package jp.wlink.course.enrolment;

/** An enrolment that cannot be made: the course is unknown or not published. */
public class EnrolmentRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EnrolmentRefused(long courseId) {
    super("Course " + courseId + " takes no enrolments");
  }
}
