package jp.wlink.course.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredCalibrationTest {
  private static final ModelSettings SETTINGS = ModelSettings.defaults();

  @Test
  void restoredSkillsAndOffsetsGiveTheSameDifficultiesAsTheOriginal() {
    Difficulties original = Difficulties.fresh(SETTINGS);
    LearnerModel model = LearnerModel.of(SETTINGS, Weights.coreOnly(), original);
    LearnerState learner = model.newLearner();
    for (int i = 0; i < 30; i++) {
      model.update(learner, new ItemRef(100 + i % 7, i % 3), i % 4 != 0);
    }

    Difficulties copy = Difficulties.fresh(SETTINGS);
    original.eachSkill(copy::restoreSkill);
    Map<Long, Difficulty> offsets = new HashMap<>();
    original.eachItem((offset, item) -> offsets.put(item, offset));
    offsets.forEach(copy::restoreItemOffset);

    assertThat(offsets).hasSize(7);
    for (long item = 100; item < 107; item++) {
      ItemRef ref = new ItemRef(item, (int) ((item - 100) % 3));
      assertThat(copy.of(ref)).isEqualTo(original.of(ref));
    }
  }

  @Test
  void weightsOfAnotherFormatAreRefused() {
    byte[] stored = Weights.coreOnly().toBytes();
    stored[0] = 9;

    assertThatThrownBy(() -> Weights.fromBytes(stored))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Weights.fromBytes(Weights.coreOnly().toBytes()).weight(Feature.CORE_LOGIT))
        .isEqualTo(1);
  }
}
