package jp.wlink.course.adaptive;

import java.util.Objects;
import jp.wlink.course.review.ReviewCard;

/** A learner's spaced-review card for one question item of a skill. */
public record ScheduledReview(long itemId, String skillId, ReviewCard card) {

  public ScheduledReview {
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(card, "card");
  }
}
