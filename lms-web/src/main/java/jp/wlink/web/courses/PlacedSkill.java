package jp.wlink.web.courses;

import java.io.Serializable;

/** A skill and the level a placement test placed the learner at, with the level's message key. */
public record PlacedSkill(String skill, int level) implements Serializable {
  public String levelKey() {
    return "course.level." + level;
  }
}
