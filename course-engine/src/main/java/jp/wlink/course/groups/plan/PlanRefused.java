package jp.wlink.course.groups.plan;

import java.util.Objects;

/** A study plan that cannot be generated or an edit that cannot be applied, with the reason. */
public class PlanRefused extends Exception {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the request. */
  public enum Problem {
    /** The blueprint has no subjects to practise. */
    NO_SUBJECTS,
    /** The exam date lies before the plan's start. */
    EXAM_BEFORE_START,
    /** An edit asked for a negative number of questions. */
    NEGATIVE_COUNT,
    /** An edit named a week the plan does not have. */
    UNKNOWN_WEEK,
    /** An edit named a subject the plan does not have. */
    UNKNOWN_SUBJECT
  }

  private final Problem problem;

  public PlanRefused(Problem problem) {
    super(problem.name());
    this.problem = Objects.requireNonNull(problem);
  }

  public Problem problem() {
    return problem;
  }
}
