package jp.wlink.course.simulation;

import java.util.Random;
import jp.wlink.course.model.ItemRef;

/**
 * A learner whose true ability at each skill is known: a global ability plus a skill's own, drawn
 * from normal distributions. Answers follow the Rasch model, {@code P(correct) = σ(ability −
 * difficulty)}, and each answer with its feedback raises the ability at the skill by a fixed gain,
 * whatever the item (so no strategy is favoured by how it makes the learner learn).
 */
public final class SyntheticLearner {
  private final double[] ability;
  private final double gain;
  private final Random random;

  private SyntheticLearner(double[] ability, double gain, Random random) {
    this.ability = ability;
    this.gain = gain;
    this.random = random;
  }

  /**
   * Draws a learner.
   *
   * @param globalSd the standard deviation of the global ability across learners
   * @param skillSd the standard deviation of a skill's own ability around the global
   * @param gain how much an answer raises the ability at its skill (0 for a fixed ability)
   */
  public static SyntheticLearner draw(
      Random random, int skills, double globalSd, double skillSd, double gain) {
    double global = random.nextGaussian() * globalSd;
    double[] ability = new double[skills];
    for (int skill = 0; skill < skills; skill++) {
      ability[skill] = global + random.nextGaussian() * skillSd;
    }
    return new SyntheticLearner(ability, gain, random);
  }

  /** The same learner with every ability raised by {@code shift}. */
  public SyntheticLearner shifted(double shift) {
    double[] raised = ability.clone();
    for (int skill = 0; skill < raised.length; skill++) {
      raised[skill] += shift;
    }
    return new SyntheticLearner(raised, gain, random);
  }

  public double ability(int skill) {
    return ability[skill];
  }

  /** Answers the item, then learns from the feedback. */
  public boolean answer(ItemRef item, double difficulty) {
    double p = 1 / (1 + Math.exp(-(ability[item.skill()] - difficulty)));
    boolean correct = random.nextDouble() < p;
    ability[item.skill()] += gain;
    return correct;
  }
}
