package jp.wlink.course.placement;

import java.util.Map;
import java.util.Objects;

/**
 * The level a placement starts a learner at in a course, from the course's level of each skill and
 * the mastery the test left at each skill it placed. The rule: the highest level L (at most the
 * course's highest) such that every level below L passes, where a level passes when the course has
 * no skill at it, or when at least one of its skills was placed and every placed skill at it has a
 * mastery at or above the threshold. A level whose skills were all left unplaced (the bank has no
 * question for them) does not pass: nothing shows the learner knows it.
 */
public final class StartingLevel {
  private final double masteryThreshold;

  /**
   * @param masteryThreshold the mastery from which a skill counts as known, in (0, 1]
   */
  public StartingLevel(double masteryThreshold) {
    if (!(masteryThreshold > 0 && masteryThreshold <= 1)) {
      throw new IllegalArgumentException("threshold in (0, 1]: " + masteryThreshold);
    }
    this.masteryThreshold = masteryThreshold;
  }

  /**
   * @param courseLevels each of the course's skills with its level in the course, 1–5
   * @param placedMastery each skill the test placed with the learner's mastery, 0–1
   */
  public int of(Map<String, Integer> courseLevels, Map<String, Double> placedMastery) {
    Objects.requireNonNull(placedMastery);
    int highest = courseLevels.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    int level = 1;
    while (level < highest && passes(level, courseLevels, placedMastery)) {
      level++;
    }
    return level;
  }

  private boolean passes(
      int level, Map<String, Integer> courseLevels, Map<String, Double> placedMastery) {
    boolean taught = false;
    boolean placed = false;
    for (Map.Entry<String, Integer> skill : courseLevels.entrySet()) {
      if (skill.getValue() != level) {
        continue;
      }
      taught = true;
      Double mastery = placedMastery.get(skill.getKey());
      if (mastery != null) {
        placed = true;
        if (mastery < masteryThreshold) {
          return false;
        }
      }
    }
    return !taught || placed;
  }
}
