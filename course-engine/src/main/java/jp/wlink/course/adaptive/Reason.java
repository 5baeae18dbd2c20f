package jp.wlink.course.adaptive;

/**
 * Why the policy chose an activity, as shown to the learner. Each reason names its message key in
 * lms-web's bundles and the order of its arguments ({0}, {1}, ...) in {@link
 * NextActivity#arguments()}; skill arguments are skill ids for the page to turn into names.
 */
public enum Reason {
  /** A review is due. Arguments: skill id, whole days overdue. */
  REVIEW_DUE("course.next.reason.reviewDue"),
  /** A review falls due before the exam, so it comes early. Arguments: skill id, days to exam. */
  REVIEW_BEFORE_EXAM("course.next.reason.reviewBeforeExam"),
  /** An item at the learner's level. Arguments: skill id, predicted success in percent. */
  PRACTICE_AT_LEVEL("course.next.reason.practiceAtLevel"),
  /**
   * Practice on a skill the target exam needs. Arguments: skill id, days to exam, skills per week
   * needed.
   */
  PRACTICE_FOR_EXAM("course.next.reason.practiceForExam"),
  /** A lesson whose prerequisites are mastered. Arguments: skill id. */
  NEW_LESSON_PREREQUISITE_MASTERED("course.next.reason.newLessonPrerequisiteMastered"),
  /** A lesson on a skill the target exam needs. Arguments: skill id, days to exam. */
  NEW_LESSON_FOR_EXAM("course.next.reason.newLessonForExam"),
  /** Mastery of the current level passed the threshold. Arguments: old level, new level. */
  PROMOTION("course.next.reason.promotion"),
  /** A unit's lessons are done and its skills look ready. Arguments: readiness in percent. */
  CHECKPOINT("course.next.reason.checkpoint"),
  /** Nothing is due and nothing new is open. No arguments. */
  ALL_CAUGHT_UP("course.next.reason.allCaughtUp");

  private final String messageKey;

  Reason(String messageKey) {
    this.messageKey = messageKey;
  }

  /** The key of the sentence in lms-web's message bundles. */
  public String messageKey() {
    return messageKey;
  }
}
