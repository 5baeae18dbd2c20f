package jp.wlink.course.progress;

/** Why a training officer should look at a learner's enrolment. */
public enum Risk {
  /** No study recorded for the configured number of days. */
  INACTIVE,
  /** Fewer lessons done than the deadline's pace asks for, or the deadline passed. */
  BEHIND_PACE
}
