package jp.wlink.course.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LearnerStatesTest {
  private final LearnerModel model = LearnerModel.untrained(ModelSettings.defaults());

  private LearnerState practisedLearner() {
    return practisedLearner(model);
  }

  /** A learner after 40 answers at 13 skills; the same answers calibrate equal models equally. */
  private static LearnerState practisedLearner(LearnerModel practisedIn) {
    LearnerState state = practisedIn.newLearner();
    for (int i = 0; i < 40; i++) {
      practisedIn.update(state, new ItemRef(i + 1, i % 13), i % 4 != 0);
    }
    return state;
  }

  @Test
  void aStoredStatePredictsAndEstimatesExactlyAsTheOriginal() {
    LearnerState original = practisedLearner();

    LearnerState restored = LearnerStates.read(LearnerStates.write(original));

    for (int skill = 0; skill < 15; skill++) {
      ItemRef item = ItemRef.typical(skill);
      assertThat(model.predict(restored, item)).isEqualTo(model.predict(original, item));
      assertThat(model.estimate(restored, skill)).isEqualTo(model.estimate(original, skill));
      assertThat(restored.answersAt(skill)).isEqualTo(original.answersAt(skill));
    }
    assertThat(restored.previousSkill()).isEqualTo(original.previousSkill());
    assertThat(restored.firstAttempt(new ItemRef(40, 0))).isFalse();
    assertThat(restored.firstAttempt(new ItemRef(41, 0))).isTrue();
    assertThat(LearnerStates.write(restored)).isEqualTo(LearnerStates.write(original));
  }

  @Test
  void aRestoredStateLearnsOnLikeTheOriginal() {
    LearnerModel twin = LearnerModel.untrained(ModelSettings.defaults());
    practisedLearner(twin);
    LearnerState original = practisedLearner();
    LearnerState restored = LearnerStates.read(LearnerStates.write(original));

    model.update(original, new ItemRef(99, 20), true);
    twin.update(restored, new ItemRef(99, 20), true);

    for (int skill = 0; skill <= 20; skill++) {
      assertThat(twin.estimate(restored, skill)).isEqualTo(model.estimate(original, skill));
    }
  }

  @Test
  void aStateTakesFortyBytesASkillAndEightAnItem() {
    byte[] stored = LearnerStates.write(practisedLearner());

    assertThat(stored).hasSize(1 + 3 * 8 + 4 * 4 + 4 + 13 * 40 + 4 + 40 * 8);
  }

  @Test
  void refusesAnUnknownFormat() {
    byte[] stored = LearnerStates.write(practisedLearner());
    stored[0] = 99;

    assertThatThrownBy(() -> LearnerStates.read(stored))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format 99");
  }

  @Test
  void refusesATruncatedState() {
    byte[] stored = LearnerStates.write(practisedLearner());

    assertThatThrownBy(() -> LearnerStates.read(Arrays.copyOf(stored, stored.length - 5)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
