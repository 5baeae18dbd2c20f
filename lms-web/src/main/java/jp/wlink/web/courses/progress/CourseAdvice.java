package jp.wlink.web.courses.progress;

import java.io.Serializable;
import java.util.List;
import jp.wlink.course.adaptive.ActivityKind;
import jp.wlink.course.learning.Recommendation;
import jp.wlink.course.learning.Recommendation.SkillMastery;

/**
 * One enrolled course on the learner's progress page, as the learner model sees it: the next
 * activity's kind, target and reason sentence (already translated), the sentence of a promotion
 * earned while another activity comes first (empty when there is none), the level and each skill's
 * mastery.
 */
public record CourseAdvice(
    long courseId,
    String courseTitle,
    ActivityKind kind,
    long targetId,
    String skill,
    String reason,
    String promotionReason,
    int level,
    List<SkillMastery> skills)
    implements Serializable {

  static CourseAdvice of(
      String title, Recommendation recommendation, String reason, String promotionReason) {
    List<Object> arguments = recommendation.next().arguments();
    String skill = !arguments.isEmpty() && arguments.get(0) instanceof String first ? first : "";
    return new CourseAdvice(
        recommendation.courseId(),
        title,
        recommendation.next().kind(),
        recommendation.next().targetId(),
        skill,
        reason,
        promotionReason,
        recommendation.level(),
        List.copyOf(recommendation.skills()));
  }

  /** The bundle key of the level's name (初級 … 上級). */
  public String levelKey() {
    return "course.level." + level;
  }

  public boolean lesson() {
    return kind == ActivityKind.LESSON;
  }

  public boolean practice() {
    return kind == ActivityKind.PRACTICE || kind == ActivityKind.REVIEW;
  }

  public boolean promotion() {
    return kind == ActivityKind.PROMOTION;
  }

  /** Whether a promotion is offered beside a next activity that is not the promotion itself. */
  public boolean promotionBanner() {
    return !promotionReason.isEmpty();
  }

  public boolean checkpoint() {
    return kind == ActivityKind.CHECKPOINT;
  }
}
