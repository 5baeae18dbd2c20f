package jp.wlink.course.enrolment;

/** A learner studies or withdraws from a course they are not enrolled on. */
public class NotEnrolledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotEnrolledException(long learnerId, long courseId) {
    super("Learner " + learnerId + " is not enrolled on course " + courseId);
  }
}
