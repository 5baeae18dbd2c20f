package jp.wlink.course.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.wlink.course.model.Difficulty;
import jp.wlink.course.model.SkillEstimate;
import org.junit.jupiter.api.Test;

class LevelScaleTest {
  private static final Difficulty TYPICAL = new Difficulty(0.5, 0.01);
  private final LevelScale scale = LevelScale.defaults();

  private int levelAt(double ability) {
    return scale.level(new SkillEstimate(ability, 0.2), TYPICAL);
  }

  @Test
  void placesAtTheHighestLevelWhoseTypicalItemIsAnsweredCorrectlySeventyPercentOfTheTime() {
    double margin = Math.log(0.7 / 0.3);

    assertThat(levelAt(0.5 - 2 + margin - 0.01)).isEqualTo(1);
    assertThat(levelAt(0.5 - 1 + margin)).isEqualTo(2);
    assertThat(levelAt(0.5 + margin)).isEqualTo(3);
    assertThat(levelAt(0.5 + 1 + margin)).isEqualTo(4);
    assertThat(levelAt(0.5 + 2 + margin)).isEqualTo(5);
  }

  @Test
  void aLearnerBelowEveryLevelStartsAtLevelOneAndAboveAllStaysAtFive() {
    assertThat(levelAt(-10)).isEqualTo(1);
    assertThat(levelAt(10)).isEqualTo(5);
  }

  @Test
  void givesTheDifficultyOfALevelsTypicalItem() {
    assertThat(scale.difficulty(1, TYPICAL)).isEqualTo(-1.5);
    assertThat(scale.difficulty(5, TYPICAL)).isEqualTo(2.5);
  }

  @Test
  void refusesOffsetsThatDoNotRise() {
    assertThatThrownBy(() -> new LevelScale(new double[] {0, 1, 1, 2, 3}, 0.7))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
