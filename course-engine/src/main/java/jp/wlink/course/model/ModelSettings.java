package jp.wlink.course.model;

/**
 * The prior beliefs and the fitting choices of a {@link LearnerModel}; all variances are in logits
 * squared and positive. {@link #defaults()} were chosen on the ASSISTments 2009 training split (see
 * the benchmark in the test sources).
 *
 * @param globalVariance the prior variance of a new learner's global ability
 * @param skillVariance the prior variance of a new learner's ability at a skill, on top of the
 *     global ability
 * @param globalDrift the variance the global ability gains with each practice answer
 * @param skillDrift the variance the skill ability gains with each practice answer at the skill
 * @param skillDifficultyVariance the prior variance of a new skill's difficulty
 * @param itemVariance the prior variance of a new item's offset from its skill's difficulty
 * @param penalty the L2 penalty of the logistic fit on every weight but the constant's
 */
public record ModelSettings(
    double globalVariance,
    double skillVariance,
    double globalDrift,
    double skillDrift,
    double skillDifficultyVariance,
    double itemVariance,
    double penalty) {
  public ModelSettings {
    positive(globalVariance, "globalVariance");
    positive(skillVariance, "skillVariance");
    positive(skillDifficultyVariance, "skillDifficultyVariance");
    positive(itemVariance, "itemVariance");
    if (!(globalDrift >= 0) || !(skillDrift >= 0) || !(penalty >= 0)) {
      throw new IllegalArgumentException("drifts and penalty must not be negative");
    }
  }

  public static ModelSettings defaults() {
    return new ModelSettings(0.3, 0.5, 0.005, 0.05, 1.0, 0.5, 20);
  }

  private static void positive(double value, String name) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
