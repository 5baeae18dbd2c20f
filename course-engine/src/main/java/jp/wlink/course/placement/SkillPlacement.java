package jp.wlink.course.placement;

import java.util.Objects;
import jp.wlink.course.model.SkillEstimate;

/**
 * Where a placement put the learner at one skill.
 *
 * @param skill the skill's number
 * @param level 1 (初級) to 5 (上級)
 * @param estimate the ability the level was read from
 * @param answers how many of the test's answers were at this skill
 */
public record SkillPlacement(int skill, int level, SkillEstimate estimate, int answers) {
  public SkillPlacement {
    Objects.requireNonNull(estimate);
    if (level < 1 || level > LevelScale.LEVELS) {
      throw new IllegalArgumentException("level in 1..5: " + level);
    }
  }
}
