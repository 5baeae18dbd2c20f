package jp.wlink.question.exam;

/** How an attempt ended: the learner submitted it, or the server did at the deadline. */
public enum Ending {
  BY_LEARNER,
  TIMED_OUT
}
