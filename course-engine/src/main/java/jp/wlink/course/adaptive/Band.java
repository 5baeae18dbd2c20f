package jp.wlink.course.adaptive;

/**
 * The success rate practice aims at: P(correct) from {@code low} to {@code high}, ideally {@code
 * target}. Invariant: 0 < low < target < high < 1.
 */
record Band(double low, double target, double high) {

  Band {
    if (!(0 < low && low < target && target < high && high < 1)) {
      throw new IllegalArgumentException("the band needs 0 < low < target < high < 1");
    }
  }

  boolean contains(double probability) {
    return probability >= low && probability <= high;
  }

  /** The larger distance from the target to an edge: no item farther away can be inside. */
  double widestSide() {
    return Math.max(target - low, high - target);
  }
}
