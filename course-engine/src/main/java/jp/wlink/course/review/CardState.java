package jp.wlink.course.review;

/**
 * Where a card is in its life: never reviewed, in its first short learning steps, in long-term
 * review, or back in short steps after a lapse.
 */
public enum CardState {
  NEW,
  LEARNING,
  REVIEW,
  RELEARNING
}
