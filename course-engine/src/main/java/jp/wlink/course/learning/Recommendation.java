package jp.wlink.course.learning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.course.adaptive.NextActivity;

/**
 * Where a learner stands in one course and what to do next: the policy's next activity, the
 * promotion earned now (shown even when another activity comes first), the level the learner
 * studies at in the course (1–5) and the mastery of each of the course's skills in course order.
 */
public record Recommendation(
    long courseId,
    NextActivity next,
    Optional<NextActivity> promotion,
    int level,
    List<SkillMastery> skills) {

  public Recommendation {
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(promotion, "promotion");
    skills = List.copyOf(skills);
  }

  /** One skill of the course: its id, its level in the course and the learner's mastery, 0–1. */
  public record SkillMastery(String skill, int level, double mastery) {
    /** The mastery in whole percent, for a bar or a label. */
    public int percent() {
      return (int) Math.round(mastery * 100);
    }
  }
}
