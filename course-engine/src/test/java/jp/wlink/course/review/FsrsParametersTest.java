package jp.wlink.course.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FsrsParametersTest {

  @Test
  void theDefaultsHaveTwentyOneWeightsEndingWithTheDecay() {
    FsrsParameters w = FsrsParameters.DEFAULT;

    assertThat(w.w(0)).isEqualTo(0.212);
    assertThat(w.w(19)).isEqualTo(0.0658);
    assertThat(w.decay()).isEqualTo(0.1542);
    assertThat(w.factor()).isCloseTo(Math.pow(0.9, -1 / 0.1542) - 1, within(1e-15));
  }

  @Test
  void rejectsAnyOtherNumberOfWeights() {
    assertThatThrownBy(() -> FsrsParameters.of(new double[19]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("21");
  }

  @Test
  void rejectsADecayOutsideItsRange() {
    double[] w = new double[FsrsParameters.COUNT];
    for (int i = 0; i < w.length; i++) {
      w[i] = FsrsParameters.DEFAULT.w(i);
    }
    w[20] = 0.05;

    assertThatThrownBy(() -> FsrsParameters.of(w)).hasMessageContaining("w20");
  }
}
