package jp.wlink.course.model;

/** Why a learner answered, which decides whether the model expects them to learn from it. */
public enum AnswerKind {
  /**
   * Practice with feedback: the learner may learn (or forget between sessions), so after the answer
   * the ability's variance grows by the settings' drift.
   */
  PRACTICE,
  /**
   * A placement test: a short test of what the learner knows now, with no feedback in between, so
   * the ability is taken as fixed and the variance only shrinks.
   */
  PLACEMENT
}
