package jp.wlink.course.adaptive;

/** What the next activity asks the learner to do; its target id is of the matching kind. */
public enum ActivityKind {
  /** Review a question item FSRS scheduled; the target is the item id. */
  REVIEW,
  /** Answer a practice item; the target is the item id. */
  PRACTICE,
  /** Study a lesson; the target is the lesson id. */
  LESSON,
  /** Take a unit's checkpoint quiz; the target is the checkpoint id. */
  CHECKPOINT,
  /** Move up a level; the target is the new level. */
  PROMOTION,
  /** Nothing to do now; the target is the course id. */
  NONE
}
