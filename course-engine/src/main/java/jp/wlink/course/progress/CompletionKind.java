package jp.wlink.course.progress;

/** What a course asks of a learner before it counts as completed. */
public enum CompletionKind {
  /** Every lesson completed and every unit's checkpoint quiz passed. */
  ALL_LESSONS_AND_CHECKPOINTS,
  /** Every lesson completed; checkpoints are practice only. */
  ALL_LESSONS,
  /** At least the rule's percentage of the lessons completed. */
  PERCENT_OF_LESSONS
}
