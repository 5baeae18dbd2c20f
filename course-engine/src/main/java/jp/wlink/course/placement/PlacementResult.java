package jp.wlink.course.placement;

import java.util.List;
import java.util.Objects;

/**
 * The result of a finished placement test: why it ended, how many items were answered and, unless
 * it was skipped, a level per skill of the test in the order the pool named them.
 */
public record PlacementResult(PlacementOutcome outcome, int answered, List<SkillPlacement> skills) {
  public PlacementResult {
    Objects.requireNonNull(outcome);
    skills = List.copyOf(skills);
    if (outcome == PlacementOutcome.SKIPPED && !skills.isEmpty()) {
      throw new IllegalArgumentException("a skipped placement places nothing");
    }
  }

  public boolean skipped() {
    return outcome == PlacementOutcome.SKIPPED;
  }
}
