package jp.wlink.course.placement;

import java.util.Arrays;
import jp.wlink.course.model.Difficulty;
import jp.wlink.course.model.SkillEstimate;

/**
 * Maps an ability at a skill to a level 1 (初級) to 5 (上級). Each level has a typical item whose
 * difficulty lies a fixed number of logits from the skill's typical item (by default −2, −1, 0, +1,
 * +2 for levels 1 to 5, so a level-3 item is the skill's typical item). A learner is placed at the
 * highest level whose typical item they would answer correctly with at least the required
 * probability (by default 70%, the lower end of the band in which practice pays), judged at the
 * estimate's mean; below that, at level 1.
 */
public final class LevelScale {
  public static final int LEVELS = 5;

  private final double[] offsets;
  private final double requiredProbability;

  /**
   * @param offsets the difficulty of each level's typical item relative to the skill's, rising, one
   *     per level
   * @param requiredProbability the chance of a correct answer that earns a level, in (0, 1)
   */
  public LevelScale(double[] offsets, double requiredProbability) {
    if (offsets.length != LEVELS) {
      throw new IllegalArgumentException("one offset per level: " + offsets.length);
    }
    for (int i = 1; i < LEVELS; i++) {
      if (!(offsets[i] > offsets[i - 1])) {
        throw new IllegalArgumentException("offsets must rise: " + Arrays.toString(offsets));
      }
    }
    if (!(requiredProbability > 0 && requiredProbability < 1)) {
      throw new IllegalArgumentException("probability in (0, 1): " + requiredProbability);
    }
    this.offsets = offsets.clone();
    this.requiredProbability = requiredProbability;
  }

  public static LevelScale defaults() {
    return new LevelScale(new double[] {-2, -1, 0, 1, 2}, 0.7);
  }

  /** The level of an ability at a skill whose typical item has the given difficulty. */
  public int level(SkillEstimate estimate, Difficulty typicalItem) {
    double margin = Math.log(requiredProbability / (1 - requiredProbability));
    int level = 1;
    for (int i = 0; i < LEVELS; i++) {
      if (estimate.ability() >= typicalItem.value() + offsets[i] + margin) {
        level = i + 1;
      }
    }
    return level;
  }

  /** The difficulty of a level's typical item at a skill whose typical item is given. */
  public double difficulty(int level, Difficulty typicalItem) {
    if (level < 1 || level > LEVELS) {
      throw new IllegalArgumentException("level in 1.." + LEVELS + ": " + level);
    }
    return typicalItem.value() + offsets[level - 1];
  }
}
