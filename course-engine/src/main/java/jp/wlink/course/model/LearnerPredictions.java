package jp.wlink.course.model;

/**
 * What a choice of the next activity needs from the learner model: how likely a correct answer is,
 * how well a skill is mastered and how sure the model is. {@link LearnerModel} is the
 * implementation; a policy's tests may supply their own.
 */
public interface LearnerPredictions {
  /** The probability that the learner answers the item correctly now, in (0, 1). */
  double predict(LearnerState state, ItemRef item);

  /** The probability of a correct answer to a typical item at the skill now. */
  double mastery(LearnerState state, int skill);

  /** The ability at the skill on the logit scale of item difficulties, with its variance. */
  SkillEstimate estimate(LearnerState state, int skill);

  /** The standard error of the ability at the skill. */
  default double uncertainty(LearnerState state, int skill) {
    return estimate(state, skill).standardError();
  }
}
