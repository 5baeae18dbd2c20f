package jp.wlink.question.content;

/** The share of a mark an answer gives lies between -1 and 1. */
final class Fractions {
  private Fractions() {}

  static void check(double fraction) {
    if (Double.isNaN(fraction) || fraction < -1.0 || fraction > 1.0) {
      throw new IllegalArgumentException("fraction must lie in [-1, 1]: " + fraction);
    }
  }
}
