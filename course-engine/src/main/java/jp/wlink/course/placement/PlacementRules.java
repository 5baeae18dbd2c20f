package jp.wlink.course.placement;

import java.util.Objects;

/**
 * When a placement test stops and how it turns estimates into levels.
 *
 * @param maxItems the most items a learner answers (at least 1)
 * @param targetStandardError a skill is placed once its ability's standard error is below this (in
 *     logits; 0 means never stop early)
 * @param levels how an estimate becomes a level
 */
public record PlacementRules(int maxItems, double targetStandardError, LevelScale levels) {
  public PlacementRules {
    Objects.requireNonNull(levels);
    if (maxItems < 1) {
      throw new IllegalArgumentException("a placement asks at least one item: " + maxItems);
    }
    if (!(targetStandardError >= 0)) {
      throw new IllegalArgumentException("target standard error: " + targetStandardError);
    }
  }

  /**
   * At most 15 items, stopping once every skill's standard error is below 0.55 logits, which the
   * simulation shows a single skill reaches in about 9 items.
   */
  public static PlacementRules defaults() {
    return new PlacementRules(15, 0.55, LevelScale.defaults());
  }
}
