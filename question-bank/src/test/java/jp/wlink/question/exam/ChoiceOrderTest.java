package jp.wlink.question.exam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoiceOrderTest {

  @Test
  void theSameSeedShowsTheSameOrderAfterResuming() {
    assertThat(ChoiceOrder.of(42L, 5)).isEqualTo(ChoiceOrder.of(42L, 5));
  }

  @Test
  void isAPermutationOfEveryChoice() {
    assertThat(ChoiceOrder.of(7L, 6)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
  }

  @Test
  void differentSeedsShuffleDifferently() {
    assertThat(ChoiceOrder.of(1L, 8)).isNotEqualTo(ChoiceOrder.of(2L, 8));
  }
}
