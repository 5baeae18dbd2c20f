package jp.wlink.course.adaptive;

/**
 * One skill's question items sorted by increasing difficulty, so that a learner's P(correct) falls
 * along the array. Immutable.
 */
final class SkillItems {
  static final SkillItems NONE = new SkillItems(new long[0], new double[0]);

  private final long[] ids;
  private final double[] difficulties;

  SkillItems(long[] ids, double[] difficulties) {
    this.ids = ids;
    this.difficulties = difficulties;
  }

  int size() {
    return ids.length;
  }

  long id(int index) {
    return ids[index];
  }

  double difficulty(int index) {
    return difficulties[index];
  }

  /**
   * The item whose P(correct) is closest to the band's target, preferring items inside the band,
   * never {@code excludedId}; -1 when the skill has no other item. A binary search finds where
   * P(correct) crosses the target, then a walk outwards takes items in order of their distance from
   * it: O(log n) calls to the learner model, given that P(correct) does not rise with difficulty.
   */
  // LIMITATION: a learner model whose P(correct) does not fall with the map's difficulty (items
  // with their own discrimination) makes the search return an item near the band, not the nearest.
  int closestInBand(Band band, LearnerSnapshot learner, long excludedId) {
    Walk walk = new Walk(learner, band.target(), firstBelow(band.target(), learner));
    int fallback = -1;
    while (walk.hasNext()) {
      double distance = walk.nextDistance();
      double p = walk.nextProbability();
      int candidate = walk.next();
      if (ids[candidate] == excludedId) {
        continue;
      }
      if (band.contains(p)) {
        return candidate;
      }
      fallback = fallback >= 0 ? fallback : candidate;
      if (distance > band.widestSide()) {
        return fallback;
      }
    }
    return fallback;
  }

  private int firstBelow(double target, LearnerSnapshot learner) {
    int low = 0;
    int high = ids.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (learner.probabilityCorrect(ids[middle]) >= target) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** Two cursors moving away from the crossing point, each remembering its item's P(correct). */
  private final class Walk {
    private final LearnerSnapshot learner;
    private final double target;
    private int left;
    private int right;
    private double above;
    private double below;

    Walk(LearnerSnapshot learner, double target, int crossing) {
      this.learner = learner;
      this.target = target;
      this.left = crossing - 1;
      this.right = crossing;
      this.above = probabilityAt(left);
      this.below = probabilityAt(right);
    }

    boolean hasNext() {
      return left >= 0 || right < ids.length;
    }

    double nextDistance() {
      return Math.min(upDistance(), downDistance());
    }

    double nextProbability() {
      return takesUp() ? above : below;
    }

    int next() {
      if (takesUp()) {
        int taken = left--;
        above = probabilityAt(left);
        return taken;
      }
      int taken = right++;
      below = probabilityAt(right);
      return taken;
    }

    private boolean takesUp() {
      return upDistance() <= downDistance();
    }

    private double upDistance() {
      return left >= 0 ? above - target : Double.MAX_VALUE;
    }

    private double downDistance() {
      return right < ids.length ? target - below : Double.MAX_VALUE;
    }

    private double probabilityAt(int index) {
      return index >= 0 && index < ids.length ? learner.probabilityCorrect(ids[index]) : 0;
    }
  }
}
