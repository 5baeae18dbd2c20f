package jp.wlink.course.learning;

import java.util.List;
import jp.wlink.course.learning.Recommendation.SkillMastery;

/**
 * A learner's level in a course, derived from mastery rather than stored: the lowest level whose
 * skills' mean mastery is still below the promotion threshold, or the highest level once all are
 * passed. Levels without skills are passed over.
 */
// LIMITATION: since the level rises by itself as mastery passes the threshold, the policy never
// proposes a promotion on the pages; a stored level the learner accepts would show that step.
final class DerivedLevel {
  private DerivedLevel() {}

  static int of(List<SkillMastery> skills, double promotionThreshold) {
    int highest = skills.stream().mapToInt(SkillMastery::level).max().orElse(1);
    for (int level = 1; level <= highest; level++) {
      int at = level;
      double mean =
          skills.stream()
              .filter(s -> s.level() == at)
              .mapToDouble(SkillMastery::mastery)
              .average()
              .orElse(Double.NaN);
      if (!Double.isNaN(mean) && mean < promotionThreshold) {
        return level;
      }
    }
    return highest;
  }
}
