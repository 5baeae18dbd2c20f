package jp.wlink.course.simulation;

import java.util.Random;

/**
 * A course for the simulations: its bank and the learners who take it.
 *
 * @param skills how many skills the course teaches, in order
 * @param itemsPerSkill items at each skill, spread evenly in difficulty
 * @param spread the hardest item's difficulty above the skill's typical item (the easiest's below)
 * @param meanAbility the mean true ability of arriving learners
 * @param globalSd the spread of their global ability
 * @param skillSd the spread of a skill's ability around a learner's global ability
 * @param gain how much each answer raises the ability at its skill
 */
public record SimulatedCourse(
    int skills,
    int itemsPerSkill,
    double spread,
    double meanAbility,
    double globalSd,
    double skillSd,
    double gain) {

  /**
   * Five skills of 20 items from −2.5 to +2.5 logits. Learners arrive with abilities around the
   * typical item's difficulty (mean 0, spread 0.8 logits between learners and another 0.8 between
   * one learner's skills), so about one skill in nine is above the 80% bar from the start; every
   * answer adds 0.05 logits.
   */
  public static SimulatedCourse typical() {
    return new SimulatedCourse(5, 20, 2.5, 0, 0.8, 0.8, 0.05);
  }

  public SyntheticBank bank() {
    return new SyntheticBank(skills, itemsPerSkill, spread);
  }

  public SyntheticLearner learner(Random random) {
    SyntheticLearner learner = SyntheticLearner.draw(random, skills, globalSd, skillSd, gain);
    return meanAbility == 0 ? learner : learner.shifted(meanAbility);
  }
}
