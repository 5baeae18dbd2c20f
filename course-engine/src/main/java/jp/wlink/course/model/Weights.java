package jp.wlink.course.model;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The fitted coefficients of the prediction: one weight per {@link Feature}, an intercept per skill
 * (how much easier or harder than the core says) and, for the features marked per skill, a weight
 * per skill added to the shared one. A skill the fit never saw uses the shared weights alone.
 * Immutable; {@link #toBytes()} and {@link #fromBytes(byte[])} store it.
 */
public final class Weights {
  private static final int FEATURES = Features.ALL.length;
  private static final int PER_SKILL = Features.PER_SKILL.length;
  private static final byte FORMAT = 1;

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

  /** The weights as bytes: a format byte, the feature counts and the coefficients. */
  public byte[] toBytes() {
    int doubles = shared.length + intercept.length + perSkill.length;
    ByteBuffer out = ByteBuffer.allocate(1 + 3 * Integer.BYTES + doubles * Double.BYTES);
    out.put(FORMAT).putInt(FEATURES).putInt(PER_SKILL).putInt(intercept.length);
    for (double[] part : new double[][] {shared, intercept, perSkill}) {
      for (double value : part) {
        out.putDouble(value);
      }
    }
    return out.array();
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * @throws IllegalArgumentException when the bytes are of another format or feature set
   */
  public static Weights fromBytes(byte[] stored) {
    ByteBuffer in = ByteBuffer.wrap(stored);
    if (stored.length < 13 || in.get() != FORMAT) {
      throw new IllegalArgumentException("not stored weights of format " + FORMAT);
    }
    if (in.getInt() != FEATURES || in.getInt() != PER_SKILL) {
      throw new IllegalArgumentException("weights of another feature set");
    }
    int skills = in.getInt();
    if (skills < 0 || in.remaining() != dimension(skills) * Double.BYTES) {
      throw new IllegalArgumentException("stored weights have the wrong length");
    }
    double[] coefficients = new double[dimension(skills)];
    in.asDoubleBuffer().get(coefficients);
    return fitted(coefficients, skills);
  }
}
