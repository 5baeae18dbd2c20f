package jp.wlink.course.placement;

/** Why a placement test ended. */
public enum PlacementOutcome {
  /** Every skill's estimate reached the target precision. */
  PRECISE,
  /** The learner answered the most items the rules allow. */
  ITEM_LIMIT,
  /** No unanswered item was left at a skill that still needed one. */
  POOL_EXHAUSTED,
  /** The learner chose to skip: nothing is placed and the course keeps the current levels. */
  SKIPPED
}
