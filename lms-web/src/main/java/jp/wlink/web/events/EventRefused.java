package jp.wlink.web.events;

/** An event that cannot be created as drafted, with the first problem found. */
public class EventRefused extends Exception {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the draft; the pages name each in the member's language. */
  public enum Problem {
    TITLE_MISSING,
    END_BEFORE_START,
    CAPACITY_BELOW_ONE,
    URL_NOT_HTTPS,
    PLACE_MISSING,
    TOO_LONG
  }

  private final Problem problem;

  public EventRefused(Problem problem) {
    super(problem.name());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
