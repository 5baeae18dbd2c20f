package jp.wlink.course.model;

import java.util.Arrays;

/**
 * The fitted coefficients of the prediction: one weight per {@link Feature}, an intercept per skill
 * (how much easier or harder than the core says) and, for the features marked per skill, a weight
 * per skill added to the shared one. A skill the fit never saw uses the shared weights alone.
 * Immutable.
 */
public final class Weights {
  private static final int FEATURES = Features.ALL.length;
  private static final int PER_SKILL = Features.PER_SKILL.length;

  private final double[] shared;
  private final double[] intercept;
  private final double[] perSkill;

  private Weights(double[] shared, double[] intercept, double[] perSkill) {
    this.shared = shared;
    this.intercept = intercept;
    this.perSkill = perSkill;
  }

  /** The weights of a model that trusts its core alone: the prediction is the core's. */
  public static Weights coreOnly() {
    double[] shared = new double[FEATURES];
    shared[Feature.CORE_LOGIT.ordinal()] = 1;
    return new Weights(shared, new double[0], new double[0]);
  }

  /** Where each coefficient of a fit over {@code skills} skills sits; see {@link #fitted}. */
  static int dimension(int skills) {
    return FEATURES + skills + skills * PER_SKILL;
  }

  static int interceptIndex(int skill) {
    return FEATURES + skill;
  }

  static int perSkillIndex(int skills, int skill, int perSkillFeature) {
    return FEATURES + skills + skill * PER_SKILL + perSkillFeature;
  }

  /** Splits the coefficient vector of a fit over {@code skills} skills. */
  static Weights fitted(double[] coefficients, int skills) {
    return new Weights(
        Arrays.copyOfRange(coefficients, 0, FEATURES),
        Arrays.copyOfRange(coefficients, FEATURES, FEATURES + skills),
        Arrays.copyOfRange(coefficients, FEATURES + skills, dimension(skills)));
  }

  /** The shared weight of the feature. */
  public double weight(Feature feature) {
    return shared[feature.ordinal()];
  }

  /** How many skills have weights of their own. */
  public int skills() {
    return intercept.length;
  }

  /** The logit of a correct answer for feature values indexed by ordinal. */
  double logit(double[] features, int skill) {
    double z = 0;
    for (int f = 0; f < FEATURES; f++) {
      z += shared[f] * features[f];
    }
    if (skill < intercept.length) {
      z += intercept[skill];
      int base = skill * PER_SKILL;
      for (int p = 0; p < PER_SKILL; p++) {
        z += perSkill[base + p] * features[Features.PER_SKILL[p].ordinal()];
      }
    }
    return z;
  }
}
