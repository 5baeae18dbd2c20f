package jp.wlink.course.catalogue;

import java.util.List;

/** A course could not be published; {@link #problems()} says what is missing. */
public class NotPublishableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<PublishProblem> problems;

  public NotPublishableException(List<PublishProblem> problems) {
    super("Course cannot be published: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<PublishProblem> problems() {
    return problems;
  }
}
