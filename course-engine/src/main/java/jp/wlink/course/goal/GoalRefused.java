package jp.wlink.course.goal;

import java.util.Objects;

/** A study goal that cannot be set, with the problem to show the learner. */
public class GoalRefused extends Exception {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the goal. */
  public enum Problem {
    /** No certification was chosen. */
    NO_CERTIFICATION,
    /** The chosen certification does not exist (any more). */
    UNKNOWN_CERTIFICATION,
    /** No exam date was given. */
    NO_DATE,
    /** The exam date lies before today. */
    DATE_PAST
  }

  private final Problem problem;

  public GoalRefused(Problem problem) {
    super(problem.name());
    this.problem = Objects.requireNonNull(problem);
  }

  public Problem problem() {
    return problem;
  }
}
