package jp.wlink.course.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A skill a course teaches (a question-bank skill id such as {@code josui.coagulation}) and the
 * level, 1 to 5, the course takes a learner to in it.
 */
@Embeddable
public class SkillLevel {
  @Column(name = "skill", nullable = false)
  private String skill;

  @Column(name = "skill_level", nullable = false)
  private int level;

  protected SkillLevel() {}

  public SkillLevel(String skill, int level) {
    this.skill = Skills.check(skill);
    this.level = Levels.check(level);
  }

  public String getSkill() {
    return skill;
  }

  public int getLevel() {
    return level;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SkillLevel that && skill.equals(that.skill) && level == that.level;
  }

  @Override
  public int hashCode() {
    return Objects.hash(skill, level);
  }

  @Override
  public String toString() {
    return skill + "@" + level;
  }
}
