package jp.wlink.course.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SkillEstimateTest {
  @Test
  void saysHowSureItIsThatTheAbilityLiesAboveACut() {
    SkillEstimate estimate = new SkillEstimate(1.0, 0.25);

    assertThat(estimate.standardError()).isEqualTo(0.5);
    assertThat(estimate.probabilityAbove(1.0)).isCloseTo(0.5, within(1e-7));
    assertThat(estimate.probabilityAbove(0.0)).isCloseTo(0.97725, within(1e-5));
    assertThat(estimate.probabilityAbove(2.0)).isCloseTo(0.02275, within(1e-5));
  }

  @Test
  void refusesAVarianceThatIsNotPositive() {
    assertThatThrownBy(() -> new SkillEstimate(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
