package jp.wlink.course.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StartingLevelTest {
  private static final Map<String, Integer> COURSE =
      Map.of("mixing", 1, "coagulation", 1, "filtration", 2, "disinfection", 3, "ozone", 5);

  private final StartingLevel rule = new StartingLevel(0.8);

  @Test
  void aLearnerWhoKnowsNothingStartsAtLevelOne() {
    assertThat(rule.of(COURSE, Map.of("mixing", 0.3, "filtration", 0.2))).isEqualTo(1);
  }

  @Test
  void everyPlacedSkillOfEachLevelBelowMustBeMastered() {
    Map<String, Double> placed =
        Map.of("mixing", 0.9, "coagulation", 0.85, "filtration", 0.81, "disinfection", 0.5);

    assertThat(rule.of(COURSE, placed)).isEqualTo(3);
  }

  @Test
  void oneWeakSkillHoldsTheLearnerAtItsLevel() {
    Map<String, Double> placed = Map.of("mixing", 0.9, "coagulation", 0.79, "filtration", 0.95);

    assertThat(rule.of(COURSE, placed)).isEqualTo(1);
  }

  @Test
  void anUnplacedSkillDoesNotHoldBackALevelWhoseOtherSkillsWerePlaced() {
    Map<String, Double> placed = Map.of("mixing", 0.9, "filtration", 0.3);

    assertThat(rule.of(COURSE, placed)).isEqualTo(2);
  }

  @Test
  void aLevelWithNoPlacedSkillStopsTheClimb() {
    Map<String, Double> placed = Map.of("mixing", 0.9, "coagulation", 0.9, "disinfection", 0.9);

    assertThat(rule.of(COURSE, placed)).isEqualTo(2);
  }

  @Test
  void levelsWithoutSkillsAreCrossedAndTheCoursesHighestLevelIsTheCeiling() {
    Map<String, Double> placed =
        Map.of(
            "mixing",
            0.9,
            "coagulation",
            0.9,
            "filtration",
            0.9,
            "disinfection",
            0.9,
            "ozone",
            1.0);

    assertThat(rule.of(COURSE, placed)).isEqualTo(5);
    assertThat(rule.of(Map.of("mixing", 1, "filtration", 2), placed)).isEqualTo(2);
  }
}
