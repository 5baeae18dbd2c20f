package jp.wlink.course.model;

/**
 * What the model believes about a learner's ability at one skill: a normal distribution on the
 * logit scale of item difficulties. An ability equal to an item's difficulty means an even chance
 * of answering it correctly. The variance is always positive; it shrinks as answers come in and
 * grows slowly between them because people learn and forget.
 *
 * @param ability the mean of the belief, in logits
 * @param variance the variance of the belief, in logits squared
 */
public record SkillEstimate(double ability, double variance) {
  public SkillEstimate {
    if (!Double.isFinite(ability) || !(variance > 0) || !Double.isFinite(variance)) {
      throw new IllegalArgumentException("not an estimate: " + ability + " ± " + variance);
    }
  }

  /** The standard error of the ability: the square root of the variance. */
  public double standardError() {
    return Math.sqrt(variance);
  }

  /** How sure the model is that the true ability lies above {@code cut} (normal tail). */
  public double probabilityAbove(double cut) {
    return Gaussian.cdf((ability - cut) / standardError());
  }
}
