package jp.wlink.course.learning;

/** Who asked for a fit of the learner model. */
public enum FitTrigger {
  /** An administrator, from the administration pages. */
  ADMIN,
  /** The nightly job. */
  NIGHTLY
}
