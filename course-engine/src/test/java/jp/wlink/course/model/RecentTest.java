package jp.wlink.course.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentTest {
  private static int history(boolean... answers) {
    int bits = 0;
    for (boolean answer : answers) {
      bits = Recent.push(bits, answer);
    }
    return bits;
  }

  @Test
  void readsTheLatestAnswersFirst() {
    int bits = history(true, true, false);

    assertThat(Recent.signed(bits, 3, 0)).isEqualTo(-1);
    assertThat(Recent.signed(bits, 3, 1)).isEqualTo(1);
    assertThat(Recent.signed(bits, 3, 3)).isZero();
  }

  @Test
  void countsTheRunThatEndsWithTheLatestAnswer() {
    int bits = history(false, true, true, true);

    assertThat(Recent.correctRun(bits, 4)).isEqualTo(3);
    assertThat(Recent.wrongRun(bits, 4)).isZero();
    assertThat(Recent.wrongRun(history(true, false, false), 3)).isEqualTo(2);
  }

  @Test
  void aRunNeverCountsAnswersThatWereNotGiven() {
    assertThat(Recent.wrongRun(0, 0)).isZero();
    assertThat(Recent.wrongRun(history(false), 1)).isEqualTo(1);
    assertThat(Recent.correctRun(-1, 100)).isEqualTo(Recent.KEPT);
  }
}
