package jp.wlink.course.model;

import java.util.Arrays;

/** Computes the {@link Feature} values of one answer-to-be from a learner's state. */
final class Features {
  static final Feature[] ALL = Feature.values();

  /** The features with a weight per skill, in their order within a skill's block. */
  static final Feature[] PER_SKILL =
      Arrays.stream(ALL).filter(Feature::perSkill).toArray(Feature[]::new);

  private Features() {}

  /**
   * Fills {@code out} (indexed by ordinal) for an answer at the skill whose record is in {@code
   * slot} (-1 when the learner never answered there).
   */
  static void fill(LearnerState state, int slot, int skill, double coreLogit, double[] out) {
    SkillRecords records = state.records();
    int successes = slot < 0 ? 0 : records.successes(slot);
    int failures = slot < 0 ? 0 : records.failures(slot);
    int bits = slot < 0 ? 0 : records.recent(slot);
    int known = successes + failures;

    out[Feature.CONSTANT.ordinal()] = 1;
    out[Feature.CORE_LOGIT.ordinal()] = coreLogit;
    out[Feature.SKILL_SUCCESSES.ordinal()] = Math.log1p(successes);
    out[Feature.SKILL_FAILURES.ordinal()] = Math.log1p(failures);
    out[Feature.ALL_SUCCESSES.ordinal()] = Math.log1p(state.successes());
    out[Feature.ALL_FAILURES.ordinal()] = Math.log1p(state.failures());
    out[Feature.SKILL_LAST.ordinal()] = Recent.signed(bits, known, 0);
    out[Feature.SKILL_SECOND_LAST.ordinal()] = Recent.signed(bits, known, 1);
    out[Feature.SKILL_THIRD_LAST.ordinal()] = Recent.signed(bits, known, 2);
    out[Feature.ANY_LAST.ordinal()] = Recent.signed(state.recent(), state.answers(), 0);
    out[Feature.ANY_SECOND_LAST.ordinal()] = Recent.signed(state.recent(), state.answers(), 1);
    out[Feature.SAME_SKILL.ordinal()] = state.previousSkill() == skill ? 1 : 0;
    out[Feature.SKILL_CORRECT_RUN.ordinal()] = Math.log1p(Recent.correctRun(bits, known));
    out[Feature.SKILL_WRONG_RUN.ordinal()] = Math.log1p(Recent.wrongRun(bits, known));
    out[Feature.FIRST_AT_SKILL.ordinal()] = known == 0 ? 1 : 0;
  }
}
