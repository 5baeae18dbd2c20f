package jp.wlink.course.model;

/**
 * What the prediction looks at, each computed from the learner's history before the answer. The
 * fitted weights say how much each counts; features marked per skill also get a weight of their own
 * at each skill, because practice pays off faster at some skills than at others (PFA).
 */
public enum Feature {
  /** Always 1: the overall level of correctness (not regularised). */
  CONSTANT(false),
  /** The Glicko-style core logit {@code θg + θs − d}, shrunk by its uncertainty. */
  CORE_LOGIT(false),
  /** log(1 + earlier correct answers at the skill). */
  SKILL_SUCCESSES(true),
  /** log(1 + earlier wrong answers at the skill). */
  SKILL_FAILURES(true),
  /** log(1 + earlier correct answers at any skill). */
  ALL_SUCCESSES(false),
  /** log(1 + earlier wrong answers at any skill). */
  ALL_FAILURES(false),
  /** The latest answer at the skill: +1 correct, −1 wrong, 0 none. */
  SKILL_LAST(true),
  /** The answer before that at the skill, coded the same way. */
  SKILL_SECOND_LAST(false),
  /** The third latest at the skill. */
  SKILL_THIRD_LAST(false),
  /** The latest answer at any skill. */
  ANY_LAST(false),
  /** The second latest at any skill. */
  ANY_SECOND_LAST(false),
  /** 1 when the latest answer was at the same skill. */
  SAME_SKILL(false),
  /** log(1 + the run of correct answers that ends with the latest at the skill). */
  SKILL_CORRECT_RUN(true),
  /** log(1 + the run of wrong answers that ends with the latest at the skill). */
  SKILL_WRONG_RUN(false),
  /** 1 when the learner has never answered at the skill. */
  FIRST_AT_SKILL(false);

  private final boolean perSkill;

  Feature(boolean perSkill) {
    this.perSkill = perSkill;
  }

  public boolean perSkill() {
    return perSkill;
  }
}
